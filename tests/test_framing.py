"""Framing by the body: a person's `full` shot shows head to feet, `medium` from the waist up and
`close-up` the face, measured on the joints the world posed (not on a share of its height); an
animal's `medium` its head and forelegs."""

from __future__ import annotations

from typing import Any

import pytest

from kinema.render.camera import solve
from kinema.screenplay import Screenplay
from kinema.screenplay.model import Archetype
from kinema.world.rig import HEAD_R, HUMAN_JOINTS
from kinema.world.simulate import simulate
from kinema.world.skeleton import HEAD_RADIUS, JOINT_NAMES

HEAD, HIPS = HUMAN_JOINTS.index("head"), HUMAN_JOINTS.index("hips")


def _view(size: str, scale: float = 1.0, width: int = 320, height: int = 180,
          ) -> list[tuple[float, float, float]]:
    """Per frame: the frame's bottom and top edges in the person's body heights above its feet,
    and the body's height in metres."""
    play = Screenplay.model_validate({
        "kinema": 1, "seed": 3, "format": {"width": width, "height": height, "fps": 12},
        "cast": [{"id": "a", "asset": {"emoji": "🧍"}, "archetype": "human", "appearance": {"scale": scale}}],
        "scenes": [{"id": "s", "setting": {"place": "plain"}, "staging": {"a": {"x": 0.0}},
                    "actions": [{"at": 0, "who": "a", "do": "wave"}],
                    "shots": [{"id": "x", "duration": 1.0, "size": size, "subjects": ["a"]}]}]})
    states = list(simulate(play, play.scenes[0]))
    cams = solve(play.scenes[0].shots[0], states, play.format)
    out = []
    for s, cam in zip(states, cams, strict=True):
        e = s.entity("a")
        assert e is not None
        half = height / 2 / cam.ppm
        out.append(((cam.cy - half - e.y) / e.height, (cam.cy + half - e.y) / e.height, e.height))
    return out


@pytest.mark.parametrize("scale", [1.0, 0.6])
def test_each_size_frames_its_part_of_the_body(scale: float) -> None:
    play = Screenplay.model_validate({
        "kinema": 1, "seed": 3, "format": {"width": 320, "height": 180, "fps": 12},
        "cast": [{"id": "a", "asset": {"emoji": "🧍"}, "archetype": "human"}],
        "scenes": [{"id": "s", "setting": {"place": "plain"}, "actions": [],
                    "shots": [{"id": "x", "duration": 0.5, "size": "full", "subjects": ["a"]}]}]})
    e = next(iter(simulate(play, play.scenes[0]))).entity("a")
    assert e is not None
    head, hips = e.joints[HEAD][1] / e.height, e.joints[HIPS][1] / e.height
    crown, chin = head + HEAD_R, head - HEAD_R
    for bottom, top, _ in _view("full", scale):
        assert bottom < 0.0 and top > crown  # head to feet
    for bottom, top, _ in _view("medium", scale):
        assert hips - 0.12 < bottom < hips and crown < top < crown + 0.12  # from the waist up
    for bottom, top, _ in _view("close-up", scale):
        assert chin - 0.12 < bottom < chin and crown < top < crown + 0.12  # the face
        assert (crown - chin) / (top - bottom) == pytest.approx(0.55, abs=0.02)


def test_a_portrait_frame_frames_the_same_part() -> None:
    wide = _view("close-up")[0]
    tall = _view("close-up", width=180, height=320)[0]
    # On a 9:16 frame the short side is the width: the face fills the same share of it.
    assert (wide[1] - wide[0]) * 320 / 180 == pytest.approx(tall[1] - tall[0], rel=0.02)


@pytest.mark.parametrize("size", ["medium", "close-up"])
def test_a_subject_in_a_group_is_framed_by_its_body(size: str) -> None:
    """Two people, the second the shot's subject: a medium shot shows both, its top over the
    subject's head and its bottom at the waist or lower (as wide as both need), a close-up is the
    subject's face (centred on it, the other's face out of the frame)."""
    play = Screenplay.model_validate({
        "kinema": 1, "seed": 3, "format": {"width": 320, "height": 180, "fps": 12},
        "cast": [{"id": "a", "asset": {"emoji": "🧍"}, "archetype": "human"},
                 {"id": "b", "asset": {"emoji": "🧍‍♀️"}, "archetype": "human"}],
        "scenes": [{"id": "s", "setting": {"place": "plain"}, "staging": {"a": {"x": -0.6}, "b": {"x": 0.6}},
                    "actions": [{"at": 0, "who": "b", "do": "wave"}],
                    "shots": [{"id": "x", "duration": 1.0, "size": size, "subjects": ["b", "a"]}]}]})
    states = list(simulate(play, play.scenes[0]))
    cams = solve(play.scenes[0].shots[0], states, play.format)
    for s, cam in zip(states, cams, strict=True):
        a, b = s.entity("a"), s.entity("b")
        assert a is not None and b is not None
        half_h, half_w = 90 / cam.ppm, 160 / cam.ppm
        bottom, top = (cam.cy - half_h - b.y) / b.height, (cam.cy + half_h - b.y) / b.height
        hips, crown = b.joints[HIPS][1] / b.height, b.joints[HEAD][1] / b.height + HEAD_R
        head_x = b.x + b.facing * b.joints[HEAD][0]
        if size == "medium":
            assert bottom < hips and crown < top < crown + 0.12
            assert abs(a.x - cam.cx) + 0.3 < half_w and abs(b.x - cam.cx) + 0.3 < half_w  # both in it
        else:
            assert crown < top < crown + 0.12
            assert abs(head_x - cam.cx) < 0.4 * half_w  # the subject's face, near the middle
            assert abs(a.x - cam.cx) > half_w  # the other one's face is not in it


def _animal(emoji: str, archetype: str, size: str) -> list[tuple[float, float, float, float, Any, Any]]:
    """Per frame: the frame's left, bottom, right and top edges (metres), the state and the camera."""
    play = Screenplay.model_validate({
        "kinema": 1, "seed": 3, "format": {"width": 320, "height": 180, "fps": 12},
        "cast": [{"id": "a", "asset": {"emoji": emoji}, "archetype": archetype}],
        "scenes": [{"id": "s", "setting": {"place": "plain"}, "staging": {"a": {"x": 0.0}},
                    "actions": [{"at": 0, "who": "a", "do": "walk", "speed": 0.6}],
                    "shots": [{"id": "x", "duration": 1.0, "size": size, "subjects": ["a"]}]}]})
    states = list(simulate(play, play.scenes[0]))
    cams = solve(play.scenes[0].shots[0], states, play.format)
    out = []
    for s, cam in zip(states, cams, strict=True):
        half_w, half_h = 160 / cam.ppm, 90 / cam.ppm
        out.append((cam.cx - half_w, cam.cy - half_h, cam.cx + half_w, cam.cy + half_h, s.entity("a"), cam))
    return out


@pytest.mark.parametrize(("emoji", "archetype"), [("🐉", "dragon"), ("🐎", "canine"), ("🦒", "canine")])
def test_an_animals_medium_shot_is_its_head_and_forelegs(emoji: str, archetype: str) -> None:
    """Framed by the body, not the sprite's box: the head (for a four-legged body its artwork's top)
    and the front knees in the frame, the tail's end out of it, and not a close-up of the head."""
    names = JOINT_NAMES[Archetype(archetype)]
    head, knee, tail = names.index("head"), names.index("knee_front_l"), names.index("tail")
    for left, bottom, right, top, e, _ in _animal(emoji, archetype, "medium")[::4]:
        (hx, hy), (kx, ky), (tx, _) = ((e.x + e.facing * e.skeleton[j][0], e.y + e.skeleton[j][1])
                                       for j in (head, knee, tail))
        crown = max(hy, e.y + e.height) if archetype == "canine" else hy
        assert left < hx < right and crown < top, emoji
        assert left < kx < right and bottom < ky < top, emoji
        assert not left < tx < right, emoji  # the hindquarters are left to a full shot
        assert top - bottom > 2.5 * HEAD_RADIUS[Archetype(archetype)] * e.height, emoji


def test_a_tall_animals_close_up_holds_its_artworks_head() -> None:
    """A giraffe's head is well over its skeleton's: the close-up frames the artwork's head."""
    for _, _, _, top, e, _ in _animal("🦒", "canine", "close-up")[::4]:
        assert top > e.y + e.height
