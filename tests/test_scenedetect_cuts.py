"""PySceneDetect's ContentDetector finds the planned hard cuts of the example films, and no cut
inside the neon single take.

Frames are drawn at 640x360 and shrunk 4x before detection, as PySceneDetect's own downscaling
does: a cut changes the whole picture, while a tracking shot only moves detail by a fraction of
a pixel per frame. Cuts between two shots of one dark night world score low, hence the threshold
well under ContentDetector's default of 27. Fades, dissolves and the film's final fade are soft:
a detection inside one (within a frame) is neither a hit nor a false alarm.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from conftest import EXAMPLES
from scenedetect import ContentDetector, FrameTimecode

from kinema.encode.transitions import END_FADE_S, FADE_S
from kinema.pipeline import frames, load_sprites, shot_frames
from kinema.screenplay import Screenplay, Transition, load

THRESHOLD = 4.0
TOLERANCE = 1
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
    det = ContentDetector(threshold=THRESHOLD, min_scene_len=2)
    fps = float(play.format.fps)
    found: list[int] = []
    w, h = play.format.width // SHRINK, play.format.height // SHRINK
    for i, f in enumerate(frames(play, load_sprites(play, None, "t"))):
        small = cv2.resize(np.ascontiguousarray(f[..., :3]), (w, h), interpolation=cv2.INTER_AREA)
        found += [int(c.frame_num) for c in det.process_frame(FrameTimecode(i, fps=fps),
                                                              cv2.cvtColor(small, cv2.COLOR_RGB2BGR))]
    return found


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


def _score(found: list[int], planned: list[int], soft: list[tuple[int, int]]) -> tuple[int, int, int]:
    counted = [f for f in found if not any(a - TOLERANCE <= f <= b + TOLERANCE for a, b in soft)]
    left = list(planned)
    hits = 0
    for f in counted:
        near = [p for p in left if abs(p - f) <= TOLERANCE]
        if near:
            left.remove(near[0])
            hits += 1
    return hits, len(counted) - hits, len(left)


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
        h, f, m = _score(found, cuts, soft)
        hits, false, missed = hits + h, false + f, missed + m
    assert hits > 0
    precision = hits / (hits + false)
    recall = hits / (hits + missed)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.95, {k: v for k, v in detections.items()}


def test_no_cut_inside_the_neon_single_take(detections: Found) -> None:
    found, cuts, soft = detections["neon.yaml"]
    assert cuts == []  # one shot
    inside = [f for f in found if not any(a - TOLERANCE <= f <= b + TOLERANCE for a, b in soft)]
    assert inside == []
