"""A film from its shots' segments by stream copy: packets moved, timestamps shifted, nothing
re-encoded.

Each segment is encoded alone with the film's encoder settings, so every segment starts on a
key frame with no reference outside itself (a closed GOP), and all share one set of codec
parameters. Segments are appended as they become ready, so a film streams to disk.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterable
from fractions import Fraction
from pathlib import Path
from typing import Any, BinaryIO

import av
import numpy as np

from kinema.atomic import PartFile, check_parent
from kinema.encode.writer import Publishing
from kinema.errors import OutputError

Source = Path | BinaryIO | bytes


class Remux(Publishing):
    """The film's MP4, written to a part file beside `output` and moved into place on close."""

    def __init__(self, output: Path, fps: int, metadata: dict[str, str], audio: bool = False) -> None:
        self.output = Path(output)
        check_parent(self.output)
        self.fps = fps
        self.frames = 0
        self._metadata = metadata
        self._part = PartFile(self.output, ".part.mp4")
        self._out: av.container.OutputContainer | None = None
        self._stream: av.video.stream.VideoStream | None = None
        self._extradata: bytes | None = None
        # An AAC stream beside the picture, written by `write_audio` or `copy_audio` before close.
        self._audio = audio
        self._audio_stream: av.audio.stream.AudioStream | None = None

    def append(self, source: Source, frames: int) -> None:
        """Copy one segment's packets after the ones already written."""
        src: str | BinaryIO = io.BytesIO(source) if isinstance(source, bytes) else (
            str(source) if isinstance(source, Path) else source)
        if not isinstance(src, str):
            src.seek(0)
        with av.open(src, mode="r") as seg:
            s = seg.streams.video[0]
            if self._out is None:
                self._out = av.open(str(self._part.path), mode="w", format="mp4")
                for k, v in self._metadata.items():
                    self._out.metadata[k] = v
                self._stream = self._out.add_stream_from_template(s)
                if self._audio:
                    from kinema.audio.encode import add_aac

                    self._audio_stream = add_aac(self._out)
                self._extradata = s.codec_context.extradata
            elif s.codec_context.extradata != self._extradata:
                raise OutputError(f"{source if isinstance(source, Path) else 'a shot'}: "
                                  "encoder parameters differ between segments")
            assert s.time_base is not None and self._stream is not None
            shift = round(Fraction(self.frames, self.fps) / s.time_base)
            for pkt in seg.demux(s):
                if pkt.dts is None:
                    continue  # the demuxer's empty flush packet
                pkt.dts += shift
                if pkt.pts is not None:
                    pkt.pts += shift
                pkt.stream = self._stream
                self._out.mux(pkt)
        self.frames += frames

    def write_audio(self, pieces: Iterable[np.ndarray]) -> int:
        """The film's soundtrack, (n, 2) float pieces at 48 kHz, encoded once as AAC."""
        from kinema.audio.encode import write_aac

        if self._out is None or self._audio_stream is None:
            raise OutputError(f"{self.output}: no audio stream to write (no shots, or made without audio)")
        return write_aac(self._out, self._audio_stream, pieces)

    def copy_audio(self, packets: Iterable[av.Packet[Any]]) -> None:
        """The film's soundtrack as AAC packets encoded ahead with the stream's settings
        (kinema.audio.encode.AacSpool): muxed as `write_audio` would have made them."""
        if self._out is None or self._audio_stream is None:
            raise OutputError(f"{self.output}: no audio stream to write (no shots, or made without audio)")
        for pkt in packets:
            pkt.stream = self._audio_stream
            self._out.mux(pkt)

    def close(self) -> Path:
        if self._out is None:
            raise OutputError(f"{self.output}: the film has no shots")
        self._out.close()
        self._part.publish()
        return self.output

    def abort(self) -> None:
        if self._out is not None:
            with contextlib.suppress(Exception):
                self._out.close()
        self._part.discard()
