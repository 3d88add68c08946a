"""The soundtrack into files: AAC (stereo, 48 kHz) muxed beside the picture with PyAV, and stems as
32-bit float WAV written in pieces."""

from __future__ import annotations

import struct
import tempfile
from collections.abc import Callable, Iterable, Iterator
from fractions import Fraction
from pathlib import Path
from typing import IO, Any

import av
import numpy as np

from kinema.atomic import PartFile
from kinema.audio.rate import SR

AAC_FRAME = 1024
AAC_BITRATE = 192_000
# FFmpeg's AAC encoder searches quantisers with its two-loop coder by default; the fast coder
# takes half its CPU (0.27 against 0.51 s for 20 s of stereo here) for the same size at this
# rate, where both are transparent. The sound is made beside the picture on two cores: its CPU
# is the picture's too.
AAC_OPTIONS = {"aac_coder": "fast"}
_PACKET = struct.Struct("<qqqiI")  # pts, dts, duration, keyframe, size: a spooled AAC packet's header


def add_aac(container: av.container.OutputContainer) -> av.audio.stream.AudioStream:
    stream = container.add_stream("aac", rate=SR)
    stream.layout = "stereo"
    stream.bit_rate = AAC_BITRATE
    stream.options = dict(AAC_OPTIONS)
    return stream


def write_aac(container: av.container.OutputContainer | None,
              stream: av.audio.stream.AudioStream | av.AudioCodecContext,
              pieces: Iterable[np.ndarray], keep: Callable[[av.Packet[Any]], None] | None = None) -> int:
    """Encode (n, 2) float pieces as AAC frames of 1024 samples into the container, or to `keep`;
    returns the samples written."""
    pts, buf = 0, np.zeros((0, 2), np.float32)
    out = keep if keep is not None else container.mux if container is not None else None
    assert out is not None

    def emit(block: np.ndarray) -> None:
        nonlocal pts
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(block.T, np.float32), format="fltp",
                                           layout="stereo")
        frame.sample_rate = SR
        frame.pts = pts
        pts += block.shape[0]
        for pkt in stream.encode(frame):
            out(pkt)

    for piece in pieces:
        buf = np.concatenate([buf, piece.astype(np.float32)])
        k = buf.shape[0] // AAC_FRAME * AAC_FRAME
        for s in range(0, k, AAC_FRAME):
            emit(buf[s:s + AAC_FRAME])
        buf = buf[k:]
    if buf.shape[0]:
        emit(buf)
    for pkt in stream.encode(None):
        out(pkt)
    return pts


class AacSpool:
    """The film's AAC packets encoded ahead, beside the picture, by an encoder of the same settings
    as the film's stream, spooled to an unnamed temporary file so memory stays flat; `packets`
    hands them to the film's container as they were made (the same bytes as `write_aac`)."""

    def __init__(self, pieces: Iterable[np.ndarray]) -> None:
        self._f: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
        cc = av.CodecContext.create("aac", "w")
        assert isinstance(cc, av.AudioCodecContext)
        cc.sample_rate, cc.layout, cc.format, cc.bit_rate = SR, "stereo", "fltp", AAC_BITRATE
        cc.time_base = Fraction(1, SR)
        cc.options = dict(AAC_OPTIONS)
        self.samples = write_aac(None, cc, pieces, self._spool)

    def _spool(self, pkt: av.Packet[Any]) -> None:
        data = bytes(pkt)
        self._f.write(_PACKET.pack(pkt.pts, pkt.dts, pkt.duration, int(pkt.is_keyframe), len(data)) + data)

    def packets(self) -> Iterator[av.Packet[Any]]:
        self._f.seek(0)
        while head := self._f.read(_PACKET.size):
            pts, dts, duration, key, size = _PACKET.unpack(head)
            pkt = av.Packet(self._f.read(size))
            pkt.pts, pkt.dts, pkt.duration, pkt.is_keyframe = pts, dts, duration, bool(key)
            pkt.time_base = Fraction(1, SR)
            yield pkt

    def close(self) -> None:
        self._f.close()


def write_wav(path: Path, pieces: Iterable[np.ndarray]) -> Path:
    """A stereo 48 kHz 32-bit float WAV, written beside `path` and moved into place when whole."""
    part = PartFile(path, ".part.wav")
    try:
        with open(part.path, "wb") as f:
            f.write(b"\0" * 44)  # the header, once the length is known
            n = 0
            for piece in pieces:
                f.write(np.ascontiguousarray(piece, "<f4").tobytes())
                n += piece.shape[0]
            data = n * 2 * 4
            f.seek(0)
            f.write(b"RIFF" + struct.pack("<I", 36 + data) + b"WAVEfmt " + struct.pack(
                "<IHHIIHH", 16, 3, 2, SR, SR * 8, 8, 32) + b"data" + struct.pack("<I", data))
    except BaseException:
        part.discard()
        raise
    part.publish()
    return path


def read_wav(path: Path) -> np.ndarray:
    """(n, 2) float32 from a WAV written by `write_wav`."""
    raw = path.read_bytes()
    return np.frombuffer(raw[44:], "<f4").reshape(-1, 2)
