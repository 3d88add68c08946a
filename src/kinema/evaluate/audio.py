"""The film's sound for `kinema eval`: present or not, integrated loudness (BS.1770, the streamed
meter that the tests hold to pyloudnorm's figure), true peak, and, given a world trace, how many of
its events have an onset in the soundtrack within one frame."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import av
import numpy as np

from kinema.audio.loudness import Meter, true_peak_db
from kinema.audio.onsets import HOP, envelope, onsets
from kinema.audio.table import sound_for
from kinema.evaluate.video import EvaluationError


def trace_events(path: Path, fps: int) -> list[tuple[float, str]]:
    """(film seconds, event) for each sounding event of a trace: scenes follow one another, and
    their frames are the film's frames in order. Thunder is left out (it comes after its distance)."""
    out: list[tuple[float, str]] = []
    offset, frames = 0, 0
    try:
        with path.open(encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec.get("type") == "scene":
                    offset += frames
                    frames = int(rec["frames"])
                elif rec.get("type") == "frame":
                    for ev in rec.get("events", []):
                        name = sound_for(str(ev).split(":")[0])
                        if name is not None and name != "thunder":
                            out.append(((offset + int(rec["frame"])) / fps, str(ev)))
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise EvaluationError(f"{path}: cannot read the trace's events: {e}") from None
    return out


def audio_report(video: Path, fps: float, events: list[tuple[float, str]] | None = None) -> dict[str, Any]:
    """The audio stream measured a second at a time (memory stays flat for any length)."""
    with av.open(str(video)) as c:
        if not c.streams.audio:
            return {"present": False}
        s = c.streams.audio[0]
        rate, codec, channels = int(s.rate), s.codec_context.name, s.channels
        meter, peak, n = Meter(), -math.inf, 0
        envs: list[np.ndarray] = []
        buf: list[np.ndarray] = []

        def flush(final: bool) -> None:
            nonlocal peak, buf
            if not buf:
                return
            x = np.concatenate(buf)
            keep = 0 if final else x.shape[0] % HOP  # whole hops only, the rest waits
            use, buf = (x[: x.shape[0] - keep], [x[x.shape[0] - keep:]] if keep else [])
            meter.add(use)
            peak = max(peak, true_peak_db(use))
            envs.append(envelope(use))

        for frame in c.decode(s):
            x = frame.to_ndarray().T.astype(np.float64)
            buf.append(np.repeat(x, 2, axis=1) if x.shape[1] == 1 else x[:, :2])
            n += x.shape[0]
            if sum(b.shape[0] for b in buf) >= rate:
                flush(False)
        flush(True)
    lufs = meter.integrated()
    report: dict[str, Any] = {"present": True, "codec": codec, "sample_rate": rate, "channels": channels,
                              "duration_s": n / rate, "loudness_lufs": lufs if math.isfinite(lufs) else None,
                              "true_peak_dbtp": peak if math.isfinite(peak) else None}
    if events is not None:
        found = onsets(np.concatenate(envs)) if envs else np.zeros(0)
        tol = rate / fps
        offsets = []
        for t, _ in events:
            d = found - t * rate
            near = d[np.abs(d) <= tol]
            if near.size:
                offsets.append(float(near[np.argmin(np.abs(near))]) / rate * 1000)
        report["onsets"] = {"events": len(events), "matched": len(offsets),
                            "share": len(offsets) / len(events) if events else None,
                            "median_offset_ms": float(np.median(offsets)) if offsets else None}
    return report
