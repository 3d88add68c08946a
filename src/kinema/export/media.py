"""Editing media: each shot re-encoded to an intraframe codec, so an editor scrubs and trims
it to the frame, or the cached H.264 segment as it is (`copy`).

The intraframe media are encoded from the shot's lossless frames, drawn again through the
film loop (`film.loop.draw`, transitions included), never from the lossy H.264: they hold
the render's own pixels, up to the codec's rounding.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from kinema.atomic import PartFile, check_parent
from kinema.encode.writer import ENCODER_THREADS, X264_PARAMS, Publishing
from kinema.errors import OutputError
from kinema.film.loop import draw
from kinema.film.render import events
from kinema.film.takes import takes
from kinema.render.sprites import Sprite
from kinema.screenplay.model import Format, Scene, Screenplay, Shot


@dataclass(frozen=True)
class Codec:
    encoder: str  # FFmpeg's encoder, as PyAV names it
    pix_fmt: str
    options: dict[str, str]
    ext: str
    label: str
    min_size: tuple[int, int] = (16, 16)


# ProRes 4444 rather than 422 HQ: 4:2:2 chroma moves coloured edges by far more than 2/255.
# bits_per_mb at its top so the quantiser, not the bit budget, sets the error (about 1/255).
CODECS: dict[str, Codec] = {
    "prores": Codec("prores_ks", "yuv444p10le", {"profile": "4", "bits_per_mb": "8000"}, "mov",
                    "Apple ProRes 4444"),
    # DNxHR HQX: 10-bit 4:2:2, what Avid and Resolve expect as editing media.
    "dnxhr": Codec("dnxhd", "yuv422p10le", {"profile": "dnxhr_hqx"}, "mov", "Avid DNxHR HQX",
                   (256, 120)),
    # Every frame an IDR frame: H.264 an NLE can cut anywhere; x264 settings fixed as the film's.
    "h264": Codec("libx264", "yuv420p", {"crf": "12", "preset": "veryfast",
                                         "x264-params": f"keyint=1:{X264_PARAMS}"}, "mp4", "H.264 all-intra"),
}
MEDIA = ("copy", *CODECS)  # copy: the cached segment as it is (H.264, stream copy)


def check_media(kind: str, fmt: Format) -> None:
    """Before any rendering: the media kind exists and can hold the film's picture size."""
    if kind not in MEDIA:
        raise OutputError(f"--media: expected one of {', '.join(MEDIA)}, got {kind!r}")
    if kind == "copy":
        return
    codec = CODECS[kind]
    w, h = codec.min_size
    if fmt.width < w or fmt.height < h:
        raise OutputError(f"--media {kind}: {codec.label} needs a picture of at least {w}x{h}; the film "
                          f"is {fmt.width}x{fmt.height} (use prores or h264)")


def media_ext(kind: str) -> str:
    return "mp4" if kind == "copy" else CODECS[kind].ext


class MediaWriter(Publishing):
    """One shot's intraframe media on a part file beside `path`, moved into place on close."""

    def __init__(self, path: Path, codec: Codec, fmt: Format) -> None:
        self.path = Path(path)
        check_parent(self.path)
        self.frames = 0
        self._pix_fmt = codec.pix_fmt
        self._time_base = Fraction(1, fmt.fps)
        self._part = PartFile(self.path, f".part.{codec.ext}")
        try:
            self._out = av.open(str(self._part.path), mode="w", format=codec.ext)
            stream = self._out.add_stream(codec.encoder, rate=fmt.fps)
            assert isinstance(stream, av.video.stream.VideoStream)
            stream.width, stream.height, stream.pix_fmt = fmt.width, fmt.height, codec.pix_fmt
            stream.codec_context.time_base = self._time_base
            stream.codec_context.thread_count = ENCODER_THREADS  # fixed: the same frames, the same bytes
            stream.options = dict(codec.options)
            self._stream = stream
        except BaseException:
            self._part.discard()
            raise

    def write(self, rgba: np.ndarray) -> None:
        frame = av.VideoFrame.from_ndarray(rgba, format="rgba").reformat(format=self._pix_fmt)
        frame.pts, frame.time_base = self.frames, self._time_base
        for packet in self._stream.encode(frame):
            self._out.mux(packet)
        self.frames += 1

    def close(self) -> Path:
        for packet in self._stream.encode(None):
            self._out.mux(packet)
        self._out.close()
        self._part.publish()
        return self.path

    def abort(self) -> None:
        with contextlib.suppress(Exception):  # a half-open container; the part is dropped below
            self._out.close()
        self._part.discard()


@dataclass(frozen=True)
class ClipMedia:
    """A shot's media file and what the timeline says about it."""

    scene: Scene
    shot: Shot
    frames: int
    path: Path
    events: tuple[tuple[int, str], ...] = ()  # (frame of the shot, world event)
    key: str | None = None  # the shot cache key, where the media is the cached segment
    drawn: bool = True  # drawn by this export (False: the segment came from the cache)


def encode_media(play: Screenplay, sprites: dict[str, Sprite], kind: str,
                 target: Callable[[int], Path]) -> Iterator[ClipMedia]:
    """Every shot drawn again through the film loop and encoded as `kind` to `target(index)`."""
    from kinema.render.vector import VectorBackend

    codec, backend = CODECS[kind], VectorBackend()
    last: np.ndarray | None = None
    for take in takes(play, sprites):
        n, path = take.job.frames, target(take.index)
        with MediaWriter(path, codec, play.format) as out:
            for i, frame in draw(take, backend, None, last):
                if i == n - 1:  # kept only for the dissolve that blends from it, as the film does
                    last = frame.copy() if take.ends == "dissolve" else None
                out.write(frame)
            if out.frames != n:
                raise OutputError(f"shot {take.job.shot.id}: the renderer drew {out.frames} of {n} frames")
        yield ClipMedia(take.scene, take.job.shot, n, path, events(take))
