"""A streaming H.264 writer on PyAV: frames go in as they are drawn, nothing piles up.

The file is written beside its destination under a temporary name and renamed only when
the encoder has flushed, so a failed render never leaves a half-written film.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from types import TracebackType

import av
import numpy as np

from kinema.atomic import publish
from kinema.errors import OutputError

# x264 settings fixed so that the same frames give the same bytes in any process on any
# machine. The thread count changes x264's output, so it is a constant, not "one per core".
# mbtree and weighted P-frame prediction read x264's look-ahead planes in a way that changed
# the output from run to run at widths that are not a multiple of 64 (720x720: 95 of 288
# frames differed); with both off, 24 runs in 4 processes gave one result.
ENCODER_THREADS = 4
X264_PARAMS = "mbtree=0:weightp=0"


class VideoWriter:
    def __init__(self, path: str | Path, width: int, height: int, fps: int,
                 metadata: dict[str, str] | None = None, crf: int = 20,
                 preset: str = "veryfast") -> None:
        self.path = Path(path)
        parent = self.path.parent if str(self.path.parent) else Path(".")
        if not parent.is_dir():
            raise OutputError(f"{self.path}: output directory {str(parent)!r} does not exist")
        if not os.access(parent, os.W_OK):
            raise OutputError(f"{self.path}: output directory {str(parent)!r} is not writable")
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.stem}.", suffix=".part.mp4", dir=parent)
        os.close(fd)
        self._tmp = Path(tmp)
        self.frames = 0
        self._container = av.open(str(self._tmp), mode="w", format="mp4")
        for k, v in (metadata or {}).items():
            self._container.metadata[k] = v
        stream = self._container.add_stream("libx264", rate=fps)
        stream.width, stream.height = width, height
        stream.pix_fmt = "yuv420p"
        # Frame threads: both cores encode while the renderer draws the next frame.
        stream.codec_context.thread_type = "FRAME"
        stream.codec_context.thread_count = ENCODER_THREADS
        stream.options = {"crf": str(crf), "preset": preset, "x264-params": X264_PARAMS}
        self._stream = stream

    def write(self, rgba: np.ndarray) -> None:
        frame = av.VideoFrame.from_ndarray(rgba, format="rgba")
        for packet in self._stream.encode(frame):
            self._container.mux(packet)
        self.frames += 1

    def close(self) -> Path:
        for packet in self._stream.encode(None):
            self._container.mux(packet)
        self._container.close()
        publish(self._tmp, self.path)
        return self.path

    def abort(self) -> None:
        with contextlib.suppress(Exception):  # a half-open container; the file goes anyway
            self._container.close()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> VideoWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
