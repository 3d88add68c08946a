"""PySceneDetect finds the planned hard cuts of the example films, and no cut inside the neon
single take.

The detector is the one `kinema eval` uses (kinema.evaluate.cuts: AdaptiveDetector, a frame's
content score against its neighbours'), so the test and the product agree on what a cut is.
ContentDetector with a fixed threshold could not serve both: cuts between shots of one dark
night world score about 10, under its default of 27, while a low threshold (4) fired on the
trailer's engine fire and tumbling asteroids. Frames are drawn at 640x360 and shrunk 4x before
detection, as PySceneDetect's own downscaling does. Fades, dissolves and the film's final fade
are soft: a detection inside one (within a frame) is neither a hit nor a false alarm.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from conftest import EXAMPLES

from kinema.encode.transitions import END_FADE_S, FADE_S
from kinema.evaluate.cuts import CutDetector, score
from kinema.film.loop import film_frames as frames
from kinema.film.takes import load_sprites, shot_frames
from kinema.screenplay import Screenplay, Transition, load

RENDER = (640, 360)
SHRINK = 4
FILMS = ["wolf.yaml", "neon.yaml", "trailer.yaml"]


def _small(play: Screenplay) -> Screenplay:
    fmt = play.format
    k = RENDER[1] / min(fmt.width, fmt.height)
    small = fmt.model_copy(update={"width": round(fmt.width * k / 2) * 2,
                                   "height": round(fmt.height * k / 2) * 2})
    return play.model_copy(update={"format": small})


def _detect(play: Screenplay) -> list[int]:
    det = CutDetector(float(play.format.fps))
    w, h = play.format.width // SHRINK, play.format.height // SHRINK
    for i, f in enumerate(frames(play, load_sprites(play, None, "t"))):
        det.add(i, cv2.resize(np.ascontiguousarray(f[..., :3]), (w, h), interpolation=cv2.INTER_AREA))
    return det.finish()


def _plan(play: Screenplay) -> tuple[list[int], list[tuple[int, int]]]:
    """Hard cuts (first frame of the new shot) and soft spans (first, last frame)."""
    fps = play.format.fps
    shots = [s for scene in play.scenes for s in scene.shots]
    counts = [n for scene in shot_frames(play) for n in scene]
    cuts: list[int] = []
    soft: list[tuple[int, int]] = []
    start = 0
    for k, (shot, n) in enumerate(zip(shots, counts, strict=True)):
        fade = max(1, min(round(FADE_S * fps), n // 3))
        if shot.transition == Transition.CUT:
            if k > 0:
                cuts.append(start)
        else:  # the previous shot's fade-out and this shot's fade-in
            prev = counts[k - 1] if k > 0 else 0
            soft.append((start - max(1, min(round(FADE_S * fps), prev // 3)), start + fade))
        start += n
    soft.append((start - round(END_FADE_S * fps), start))
    return cuts, soft


Found = dict[str, tuple[list[int], list[int], list[tuple[int, int]]]]  # film: found, planned, soft


@pytest.fixture(scope="module")
def detections() -> Found:
    out = {}
    for name in FILMS:
        play = _small(load(EXAMPLES / name))
        cuts, soft = _plan(play)
        out[name] = (_detect(play), cuts, soft)
    return out


def test_planned_cuts_found_with_f1_095(detections: Found) -> None:
    hits = false = missed = 0
    for found, cuts, soft in detections.values():
        r = score(found, cuts, soft)
        assert isinstance(r["matched"], int) and isinstance(r["false"], list) and isinstance(r["missed"], list)
        hits, false, missed = hits + r["matched"], false + len(r["false"]), missed + len(r["missed"])
    assert hits > 0
    precision = hits / (hits + false)
    recall = hits / (hits + missed)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.95, {k: v for k, v in detections.items()}


def test_no_cut_inside_the_neon_single_take(detections: Found) -> None:
    found, cuts, soft = detections["neon.yaml"]
    assert cuts == []  # one shot
    assert score(found, cuts, soft)["false"] == []
