"""The soundtrack into files: AAC (stereo, 48 kHz) muxed beside the picture with PyAV, and stems as
32-bit float WAV written in pieces."""

from __future__ import annotations

import struct
from collections.abc import Iterable
from pathlib import Path

import av
import numpy as np

from kinema.atomic import PartFile
from kinema.audio.rate import SR

AAC_FRAME = 1024
AAC_BITRATE = 192_000


def add_aac(container: av.container.OutputContainer) -> av.audio.stream.AudioStream:
    stream = container.add_stream("aac", rate=SR)
    stream.layout = "stereo"
    stream.bit_rate = AAC_BITRATE
    return stream


def write_aac(container: av.container.OutputContainer, stream: av.audio.stream.AudioStream,
              pieces: Iterable[np.ndarray]) -> int:
    """Encode (n, 2) float pieces as AAC frames of 1024 samples; returns the samples written."""
    pts, buf = 0, np.zeros((0, 2), np.float32)

    def emit(block: np.ndarray) -> None:
        nonlocal pts
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(block.T, np.float32), format="fltp",
                                           layout="stereo")
        frame.sample_rate = SR
        frame.pts = pts
        pts += block.shape[0]
        for pkt in stream.encode(frame):
            container.mux(pkt)

    for piece in pieces:
        buf = np.concatenate([buf, piece.astype(np.float32)])
        k = buf.shape[0] // AAC_FRAME * AAC_FRAME
        for s in range(0, k, AAC_FRAME):
            emit(buf[s:s + AAC_FRAME])
        buf = buf[k:]
    if buf.shape[0]:
        emit(buf)
    for pkt in stream.encode(None):
        container.mux(pkt)
    return pts


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
