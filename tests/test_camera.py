"""The camera solver: every shot size keeps its subject in frame, tighter sizes show it larger."""

from __future__ import annotations

from itertools import pairwise

import pytest
from conftest import tiny_film

from kinema.render.camera import solve
from kinema.screenplay import CameraMove, Screenplay, Shot, ShotSize
from kinema.world import simulate

SIZES = list(ShotSize)


def _states(fmt: tuple[int, int]):  # type: ignore[no-untyped-def]
    data = tiny_film()
    data["format"] = {"width": fmt[0], "height": fmt[1], "fps": 12}
    play = Screenplay.model_validate(data)
    return play, list(simulate(play, play.scenes[0]))


@pytest.mark.parametrize("fmt", [(1280, 720), (720, 1280), (720, 720)])
@pytest.mark.parametrize("move", list(CameraMove))
def test_subject_in_frame_and_growing(fmt: tuple[int, int], move: CameraMove) -> None:
    play, states = _states(fmt)
    w, h = fmt
    heights = []
    for size in SIZES:
        cams = solve(Shot(id="x", duration=2, size=size, subjects=["wolf"], move=move), states, play.format)
        assert len(cams) == len(states)
        for cam, st in zip(cams, states, strict=True):
            e = st.entities[0]
            hx, hy = e.skeleton[0]  # the head, as the world's skeleton puts it (a close-up frames it)
            x, y = cam.to_screen(e.x + e.facing * hx, e.y + hy, w, h)
            assert 0 <= x <= w and 0 <= y <= h, (size, move)
        heights.append(states[0].entities[0].height * cams[-1].ppm)
    assert heights == sorted(heights)
    assert heights[-1] > 40 * heights[0]


def test_push_in_closes_in_and_static_holds() -> None:
    play, states = _states((1280, 720))
    push = solve(Shot(id="p", duration=2, size=ShotSize.MEDIUM, subjects=["wolf"], move=CameraMove.PUSH_IN),
                 states, play.format)
    assert push[0].ppm < push[-1].ppm
    assert all(a.ppm <= b.ppm for a, b in pairwise(push))
    still = solve(Shot(id="s", duration=2, size=ShotSize.MEDIUM, subjects=["wolf"]), states, play.format)
    assert len(set(still)) == 1
