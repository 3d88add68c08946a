"""Stream a video's frames once, downscaled for analysis, without holding the film in memory."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from kinema.errors import KinemaError

# Measures run on frames whose short side is this many pixels (VBench's flow threshold is
# defined at 256), so a 4K film costs what a 720p one does.
ANALYSIS_SHORT = 256


class EvaluationError(KinemaError):
    """The video or the screenplay given to `kinema eval` cannot be evaluated."""


@dataclass(frozen=True)
class VideoInfo:
    path: str
    width: int
    height: int
    fps: float
    frames: int  # from the container; the stream decides the real count
    analysis_width: int
    analysis_height: int


def _even(x: float) -> int:
    return max(2, round(x / 2) * 2)


def analysis_size(width: int, height: int) -> tuple[int, int]:
    short = min(width, height)
    if short <= ANALYSIS_SHORT:
        return width, height
    k = ANALYSIS_SHORT / short
    return _even(width * k), _even(height * k)


def probe(path: Path) -> VideoInfo:
    if not path.is_file():
        raise EvaluationError(f"{path}: video file not found")
    try:
        with av.open(str(path)) as box:
            if not box.streams.video:
                raise EvaluationError(f"{path}: no video stream")
            s = box.streams.video[0]
            w, h = s.codec_context.width, s.codec_context.height
            fps = float(s.average_rate or s.guessed_rate or 0) or 24.0
            frames = int(s.frames or 0)
    except av.error.FFmpegError as e:
        raise EvaluationError(f"{path}: cannot read the video: {e}") from None
    aw, ah = analysis_size(w, h)
    return VideoInfo(str(path), w, h, fps, frames, aw, ah)


def stream(info: VideoInfo) -> Iterator[tuple[int, np.ndarray, av.VideoFrame]]:
    """(index, analysis-size RGB frame, the decoded frame for full-size crops) in order."""
    try:
        with av.open(info.path) as box:
            s = box.streams.video[0]
            s.thread_type = "AUTO"
            for i, frame in enumerate(box.decode(s)):
                small = frame.reformat(width=info.analysis_width, height=info.analysis_height,
                                       format="rgb24").to_ndarray()
                yield i, small, frame
    except av.error.FFmpegError as e:
        raise EvaluationError(f"{info.path}: cannot decode the video: {e}") from None
