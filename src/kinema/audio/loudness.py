"""Loudness and peaks, streamed: ITU-R BS.1770 integrated loudness measured shot by shot as the mix
is made (the K-weighting filters carry their state; 100 ms sub-blocks are kept, ten floats a
second), and a look-ahead limiter that keeps the true peak (4x oversampled) under a ceiling.

pyloudnorm measures the same thing on a whole array; `kinema eval` uses it on the decoded film,
and the tests check that both agree.
"""

from __future__ import annotations

import math
from typing import Protocol

import numpy as np

from kinema.audio.rate import SR
from kinema.audio.signal import resample_poly, sosfilt

TARGET_LUFS = -16.0
CEILING_DBTP = -2.0  # the limiter's ceiling: 1 dB under the −1 dBTP limit for the AAC encoder's overshoot
_K = np.array([[1.53512485958697, -2.69169618940638, 1.19839281085285,
                1.0, -1.69065929318241, 0.73248077421585],
               [1.0, -2.0, 1.0, 1.0, -1.99004745483398, 0.99007225036621]])  # BS.1770 at 48 kHz
SUB = SR // 10  # 100 ms
W = SR // 200  # 5 ms: the limiter's window
RELEASE = 0.02  # gain regained per window at most (full recovery in about 250 ms)


class Meter:
    """Integrated loudness of a stereo stream fed in pieces of any length."""

    def __init__(self) -> None:
        self._zi = np.zeros((2, 2, 2))  # sections, channels, state
        self._acc = np.zeros(2)
        self._fill = 0
        self.subs: list[float] = []  # per 100 ms: the channels' mean squares, summed

    def add(self, x: np.ndarray) -> None:
        if x.size == 0:
            return
        zi = np.transpose(self._zi, (0, 2, 1))
        y, zo = sosfilt(_K, x, axis=0, zi=zi)
        self._zi = np.transpose(zo, (0, 2, 1))
        sq = np.asarray(y) ** 2
        i = 0
        while i < sq.shape[0]:
            take = min(SUB - self._fill, sq.shape[0] - i)
            self._acc += sq[i:i + take].sum(axis=0)
            self._fill += take
            i += take
            if self._fill == SUB:
                self.subs.append(float(self._acc.sum() / SUB))
                self._acc[:] = 0
                self._fill = 0

    def integrated(self) -> float:
        """LUFS; -inf for silence or a stream shorter than one 400 ms block."""
        s = np.asarray(self.subs)
        if s.size < 4:
            return -math.inf
        z = np.convolve(s, np.ones(4) / 4, mode="valid")  # 400 ms blocks, 75 % overlap
        with np.errstate(divide="ignore"):
            lk = -0.691 + 10 * np.log10(z)
        z1 = z[lk > -70.0]
        if z1.size == 0:
            return -math.inf
        rel = -0.691 + 10 * math.log10(float(z1.mean())) - 10.0
        z2 = z[(lk > -70.0) & (lk > rel)]
        return -0.691 + 10 * math.log10(float(z2.mean()))


def true_peak_db(x: np.ndarray) -> float:
    """dBTP of (n, 2) samples, 4x oversampled."""
    if x.size == 0:
        return -math.inf
    up = resample_poly(x, 4, 1, axis=0)
    p = max(float(np.max(np.abs(up))), float(np.max(np.abs(x))))
    return 20 * math.log10(p) if p > 0 else -math.inf


class Samples(Protocol):
    """(n, 2) samples read by slice: an array, or a spool file read piece by piece."""

    @property
    def shape(self) -> tuple[int, ...]: ...

    def __getitem__(self, k: slice, /) -> np.ndarray: ...


def window_peaks(x: Samples, gain: float = 1.0) -> np.ndarray:
    """The true peak of each 5 ms window of `x` (n, 2). Only windows whose samples come within 6 dB of
    the ceiling after `gain` are oversampled (inter-sample peaks cannot reach it from further
    below); each alone with 32 samples either side, so its figure never depends on its neighbours.
    Read ten seconds at a time (with the neighbours' samples): memory stays flat."""
    n = x.shape[0]
    nw = -(-n // W)
    out = np.zeros(nw)
    pad = 32
    near = 0.5 * 10 ** (CEILING_DBTP / 20)
    for c0 in range(0, nw, 2000):
        c1 = min(nw, c0 + 2000)
        s, e = c0 * W, min(n, c1 * W)
        lo, hi = max(0, s - pad), min(n, e + pad)
        chunk = np.asarray(x[lo:hi], np.float64)
        raw = np.zeros((c1 - c0) * W)
        raw[:e - s] = np.abs(chunk[s - lo:e - lo]).max(axis=1)
        out[c0:c1] = raw.reshape(c1 - c0, W).max(axis=1)
        sel = c0 + np.nonzero(out[c0:c1] * gain >= near)[0]
        for b0 in range(0, sel.size, 512):
            ws = sel[b0:b0 + 512]
            idx = np.clip(ws[:, None] * W - pad + np.arange(W + 2 * pad)[None, :], 0, n - 1) - lo
            segs = chunk[idx.ravel()].reshape(ws.size, W + 2 * pad, 2)
            up = resample_poly(segs, 4, 1, axis=1)[:, pad * 4:(pad + W) * 4]
            out[ws] = np.maximum(out[ws], np.abs(up).max(axis=(1, 2)))
    return out


def limiter_gains(peaks: np.ndarray, gain: float) -> np.ndarray:
    """Gain at the start of each window (one more than windows): at or under what keeps every
    window's peak, times `gain`, below the ceiling; it falls a window early and recovers slowly."""
    ceiling = 10 ** (CEILING_DBTP / 20)
    need = np.minimum(1.0, ceiling / np.maximum(peaks * gain, 1e-12))
    padded = np.concatenate([[1.0], need, [1.0]])
    h = np.minimum(np.minimum(padded[:-2], padded[1:-1]), padded[2:])  # look one window ahead and behind
    out = np.empty(h.size + 1)
    prev = 1.0
    for j in range(h.size):
        prev = min(float(h[j]), prev + RELEASE)
        out[j] = prev
    out[-1] = out[-2] if h.size else 1.0
    return out


def apply(x: np.ndarray, start: int, gains: np.ndarray, gain: float) -> np.ndarray:
    """Samples [start, start + len(x)) of the stream, times the film's gain and the limiter's."""
    idx = np.arange(start, start + x.shape[0])
    g = np.interp(idx, np.arange(gains.size) * W, gains)
    out: np.ndarray = (np.asarray(x, np.float64) * (g * gain)[:, None]).astype(np.float32)
    return out
