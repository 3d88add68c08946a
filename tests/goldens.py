"""Golden-frame comparison shared by the golden tests: the file, the tolerances, regeneration.

A frame matches its golden when the mean difference is small and few pixels differ much, so a
different CPU's anti-aliasing passes and a changed painter fails. Regenerate after an intended
change of the look with KINEMA_REGEN_GOLDEN=1 (then look at the PNGs).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
import skia

GOLDEN = Path(__file__).parent / "golden"
REGEN = os.environ.get("KINEMA_REGEN_GOLDEN") == "1"
MEAN_TOL = 3.0  # mean absolute difference, 0..255
FAR_TOL = 0.02  # share of pixels that may differ by more than 48


def golden_diff(name: str, frame: np.ndarray) -> np.ndarray | None:
    """The per-pixel absolute difference of an RGB frame against golden `name`, after checking the
    whole-frame tolerances; None when the golden was (re)written instead."""
    path = GOLDEN / f"{name}.png"
    if REGEN or not path.exists():
        GOLDEN.mkdir(exist_ok=True)
        rgba = np.dstack([frame, np.full(frame.shape[:2], 255, np.uint8)])
        skia.Image.fromarray(np.ascontiguousarray(rgba), colorType=skia.kRGBA_8888_ColorType).save(
            str(path), skia.kPNG)
        if not REGEN:
            pytest.fail(f"golden {path.name} was missing and has been written; look at it and rerun")
        return None
    want = np.array(skia.Image.open(str(path)).toarray(colorType=skia.kRGBA_8888_ColorType))[..., :3]
    assert want.shape == frame.shape, name
    diff = np.abs(want.astype(int) - frame.astype(int))
    mean, far = float(diff.mean()), float((diff.max(axis=2) > 48).mean())
    assert mean <= MEAN_TOL and far <= FAR_TOL, f"{name}: mean diff {mean:.2f}, {far:.1%} pixels far off"
    return diff
