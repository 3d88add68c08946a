"""A streaming H.264 encoder on PyAV: frames go in as they are drawn, nothing piles up.

`Encoder` writes one MP4 to a path or an open binary file; the film is made of such
segments, one per shot (see `kinema.encode.remux`). `VideoWriter` writes beside its
destination under a temporary name and renames only when the encoder has flushed, so a
failed write never leaves a half-written file.
"""

from __future__ import annotations

import contextlib
from abc import ABC, abstractmethod
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from fractions import Fraction
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, TypeVar

import av
import cv2
import numpy as np

from kinema.atomic import PartFile, check_parent

# x264 settings fixed so that the same frames give the same bytes in any process on any
# machine. The thread count changes x264's output, so it is a constant, not "one per core".
# Frames carry their timestamps: without them the rate control read undefined durations and
# 720x720 films differed from run to run (95 of 288 frames). x264's macroblock tree read
# memory it had not written at some widths (704 px: four encodes of the same frames in one
# process gave four results, with one thread too); with it off, every width tried gave one
# result in every run. It costs bits at the same CRF (docs/benchmarks.md), not determinism.
ENCODER_THREADS = 3
X264_PARAMS = "mbtree=0"
CRF = 22
# Speed: x264's ultrafast with back the tools that cost little time and save many bits (CABAC,
# the 8x8 transform, three B-frames in a fixed pattern, the deblocking filter, adaptive
# quantisation against banding in dark gradients). On the seed films' frames it takes about a
# third of veryfast's CPU for 1.2-1.3x its bytes (docs/benchmarks.md, benchmarks/encoder_look.py);
# veryfast alone took most of the 3x-real-time budget. b-adapt=0: the B-frame pattern is fixed,
# not decided per frame.
PRESET = "ultrafast"
FILM_PARAMS = f"{X264_PARAMS}:cabac=1:8x8dct=1:bframes=3:b-adapt=0:deblock=1:aq-mode=1"
_P = TypeVar("_P", bound="Publishing")


class Encoder:
    """libx264 yuv420p into an MP4 container at `target` (a path or a seekable binary file)."""

    def __init__(self, target: str | Path | BinaryIO, width: int, height: int, fps: int,
                 metadata: dict[str, str] | None = None) -> None:
        self.frames = 0
        self._container = av.open(target if not isinstance(target, Path) else str(target),
                                  mode="w", format="mp4")
        for k, v in (metadata or {}).items():
            self._container.metadata[k] = v
        stream = self._container.add_stream("libx264", rate=fps)
        self._time_base = Fraction(1, fps)
        stream.codec_context.time_base = self._time_base
        stream.width, stream.height = width, height
        stream.pix_fmt = "yuv420p"
        # Frame threads: the encoder works while the renderer draws the next frame.
        stream.codec_context.thread_type = "FRAME"
        stream.codec_context.thread_count = ENCODER_THREADS
        stream.options = {"crf": str(CRF), "preset": PRESET, "x264-params": FILM_PARAMS}
        self._stream = stream
        # One I420 scratch and one frame for the whole segment: a new 1.4 MB array and frame
        # per 720p frame cost ~1 ms of allocation and page faults on the drawing thread. x264
        # copies the picture into its own buffers inside encode(), so the frame is free again
        # when encode() returns (tests/test_encode.py: the same bytes as a fresh frame each time).
        self._yuv = np.empty((height * 3 // 2, width), dtype=np.uint8)
        self._frame = av.VideoFrame(width, height, "yuv420p")
        flat, cw, ch = self._yuv.reshape(-1), width // 2, height // 2
        self._planes = ((flat[:width * height].reshape(height, width), self._frame.planes[0]),
                        (flat[width * height:][:cw * ch].reshape(ch, cw), self._frame.planes[1]),
                        (flat[width * height + cw * ch:][:cw * ch].reshape(ch, cw), self._frame.planes[2]))

    _pool: ThreadPoolExecutor | None = None
    _pending: deque[Future[None]] | None = None

    def submit(self, rgba: np.ndarray, ahead: int = 1) -> None:
        """`write` on the encoder's own thread, at most `ahead` frames in flight: returns once
        the frames before those are in the encoder, so a renderer that cycles `ahead + 1` buffers
        draws the next frame while these are converted and handed to x264. OpenCV's conversion
        and the encoder's C code run without the GIL, beside the drawing thread (the film's
        bottleneck); more than one in flight absorbs frames that encode slower than they draw.
        The same frames in the same order: the same bytes as `write`."""
        if self._pending is None:
            self._pending = deque()
        while len(self._pending) >= max(1, ahead):
            self._pending.popleft().result()
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="kinema-encode")
        self._pending.append(self._pool.submit(self.write, rgba))

    def drain(self) -> None:
        """Wait for every submitted frame; raises what the first failed `write` raised."""
        pending, self._pending = self._pending, None
        while pending:
            pending.popleft().result()

    def _stop(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def write(self, rgba: np.ndarray) -> None:
        # OpenCV's RGBA to I420 (BT.601, video range, as swscale's default) is several times
        # faster than swscale's on the drawing thread, which is the film's bottleneck.
        cv2.cvtColor(rgba, cv2.COLOR_RGBA2YUV_I420, dst=self._yuv)
        for src, plane in self._planes:
            dst = np.frombuffer(memoryview(plane), dtype=np.uint8).reshape(-1, plane.line_size)
            np.copyto(dst[:src.shape[0], :src.shape[1]], src)
        frame = self._frame
        frame.pts, frame.time_base = self.frames, self._time_base
        for packet in self._stream.encode(frame):
            self._container.mux(packet)
        self.frames += 1

    def close(self) -> None:
        try:
            self.drain()
        finally:
            self._stop()
        for packet in self._stream.encode(None):
            self._container.mux(packet)
        self._container.close()

    def abort(self) -> None:
        with contextlib.suppress(Exception):  # the frame in flight: its error is the caller's no more
            self.drain()
        self._stop()
        with contextlib.suppress(Exception):  # a half-open container; the caller drops the file
            self._container.close()


class Publishing(ABC):
    """A `with` block that publishes its output on a clean exit and aborts it on any error."""

    @abstractmethod
    def close(self) -> Path: ...

    @abstractmethod
    def abort(self) -> None: ...

    def __enter__(self: _P) -> _P:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


class VideoWriter(Publishing):
    """An `Encoder` onto a part file beside `path`, moved into place on a clean exit."""

    def __init__(self, path: str | Path, width: int, height: int, fps: int,
                 metadata: dict[str, str] | None = None) -> None:
        self.path = Path(path)
        check_parent(self.path)
        self._part = PartFile(self.path, ".part.mp4")
        try:
            self._encoder = Encoder(self._part.path, width, height, fps, metadata)
        except BaseException:
            self._part.discard()
            raise

    @property
    def frames(self) -> int:
        return self._encoder.frames

    def write(self, rgba: np.ndarray) -> None:
        self._encoder.write(rgba)

    def close(self) -> Path:
        self._encoder.close()
        self._part.publish()
        return self.path

    def abort(self) -> None:
        self._encoder.abort()
        self._part.discard()
