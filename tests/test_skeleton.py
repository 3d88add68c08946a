"""Animals' and vehicles' skeletons (world/skeleton.py): a trotting quadruped's paws alternate in
diagonal pairs and stay put while on the ground, bones keep their length, a dog and a cat still
move differently, a bird's wings beat, wheels roll, and the trace names each archetype's joints."""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from kinema.screenplay import Screenplay
from kinema.screenplay.model import Archetype
from kinema.world.simulate import simulate
from kinema.world.skeleton import JOINT_NAMES, QUADRUPED_JOINTS
from kinema.world.trace import write_trace

Q = {n: i for i, n in enumerate(QUADRUPED_JOINTS)}
PAWS = ("paw_hind_l", "paw_hind_r", "paw_front_l", "paw_front_r")
LEG_BONES = [(h, f"knee_{s}") for h, s in (("hip", "hind_l"), ("hip", "hind_r"), ("shoulder", "front_l"),
                                             ("shoulder", "front_r"))] + \
            [(f"knee_{s}", f"paw_{s}") for s in ("hind_l", "hind_r", "front_l", "front_r")] + \
            [("hip", "shoulder"), ("neck", "head")]


def _play(emoji: str, archetype: str, actions: list[dict[str, Any]], place: str = "plain",
          duration: float = 4.0) -> Screenplay:
    return Screenplay.model_validate({
        "kinema": 1, "seed": 3, "format": {"width": 320, "height": 180, "fps": 24},
        "cast": [{"id": "a", "asset": {"emoji": emoji}, "archetype": archetype}],
        "scenes": [{"id": "s", "setting": {"place": place}, "staging": {"a": {"x": -3.0}},
                    "actions": actions,
                    "shots": [{"id": "x", "duration": duration, "size": "full", "subjects": ["a"]}]}]})


def _at(e: Any, name: str) -> tuple[float, float]:
    x, y = e.skeleton[Q[name]]
    return e.x + e.facing * x, e.y + y


def _unturned(e: Any, name: str) -> tuple[float, float]:
    """A joint in the body's own frame, the slope's tilt taken off."""
    x, y = e.skeleton[Q[name]]
    c, s = math.cos(-e.tilt), math.sin(-e.tilt)
    return x * c - y * s, x * s + y * c


# The wolf (a face-only emoji) stands on drawn legs that reach the ground under each paw, so it
# walks the hills; a whole-animal artwork (the dog, the cat), drawn on the same legs, rests on its sole.
@pytest.mark.parametrize("emoji,archetype,place", [("🐺", "canine", "mountains"), ("🐕", "canine", "plain"),
                                                   ("🐈", "feline", "plain"), ("🐈", "feline", "mountains")])
def test_a_trotting_quadruped_plants_its_paws_in_diagonal_pairs(emoji: str, archetype: str, place: str) -> None:
    play = _play(emoji, archetype, [{"at": 0, "who": "a", "do": "walk", "speed": 1.2}], place=place)
    world = simulate(play, play.scenes[0])
    states = list(world)
    walking = [s.entity("a") for s in states[12:]]
    assert all(e is not None and e.verb == "walk" and len(e.skeleton) == len(QUADRUPED_JOINTS) for e in walking)
    # Diagonal pairs move together: the far hind paw with the near fore paw (on the flat: on a hill
    # a leg stretched down a hollow is pulled in).
    for e in walking if place == "plain" else ():
        if any(abs(d) > 1e-4 for d in e.legs):
            continue  # a leg reaching down a dip in the plain is pulled in too
        hl, fr = _unturned(e, "paw_hind_l"), _unturned(e, "paw_front_r")
        hip, shoulder = _unturned(e, "hip"), _unturned(e, "shoulder")
        assert abs((hl[0] - hip[0]) - (fr[0] - shoulder[0])) < 1e-3 * e.height
    ahead = [np.sign(_at(e, "paw_hind_r")[0] - _at(e, "paw_hind_l")[0]) for e in walking]
    assert sum(1 for a, b in itertools.pairwise(ahead) if a != b) >= 4  # the pairs alternate
    if emoji != "🐺" and place != "plain":
        return  # a small body on a steep hill: its paws slip up to 2.2 cm a frame (docs/trace.md)
    checked = 0
    for p, c in itertools.pairwise(walking):
        for paw in PAWS:
            (px, py), (cx, cy) = _at(p, paw), _at(c, paw)
            if abs(py - world.terrain.height(px)) < 0.005 and abs(cy - world.terrain.height(cx)) < 0.005:
                checked += 1
                assert math.hypot(cx - px, cy - py) < 0.02, (emoji, c.verb, paw)
    assert checked > 100
    assert max(_at(e, p)[1] - world.terrain.height(_at(e, p)[0]) for e in walking for p in PAWS) > 0.02


@pytest.mark.parametrize("emoji,place", [("🐺", "plain"), ("🐕", "plain"), ("🐈", "plain")])
def test_a_galloping_quadruped_plants_its_paws(emoji: str, place: str) -> None:
    """At a gallop too, a paw that is down (within 1 mm of the ground) does not slide: it moves under
    2 cm a frame (at 60 fps, so a galloping paw's short stance spans several frames), and all four
    are down in turn."""
    kind = "feline" if emoji == "🐈" else "canine"
    play = _play(emoji, kind, [{"at": 0, "who": "a", "do": "run", "speed": 7.0}], place=place, duration=2.5)
    play.format.fps = 60
    world = simulate(play, play.scenes[0])
    running = [e for s in list(world)[40:] if (e := s.entity("a")) is not None and e.grounded]
    assert min(abs(e.vx) for e in running) > 0.45 * 9.0 * (8.0 / 9.0 if emoji == "🐈" else 1.0)  # a gallop
    checked, landed = 0, set()
    for p, c in itertools.pairwise(running):
        for paw in PAWS:
            (px, py), (cx, cy) = _at(p, paw), _at(c, paw)
            if abs(py - world.terrain.height(px)) < 0.001 and abs(cy - world.terrain.height(cx)) < 0.001:
                checked += 1
                landed.add(paw)
                assert math.hypot(cx - px, cy - py) < 0.02, (emoji, paw, c.x)
    assert checked > 40 and landed == set(PAWS)


@pytest.mark.parametrize("verb,speed", [("walk", 1.2), ("run", 8.0), ("jump", 0.0), ("howl", 0.0)])
def test_quadruped_bones_keep_their_length(verb: str, speed: float) -> None:
    """Legs keep their bones in every frame; the spine and neck within a pose (sitting folds them)."""
    act: dict[str, Any] = {"at": 0.2, "who": "a", "do": verb}
    if speed:
        act["speed"] = speed
    play = _play("🐺", "canine", [act], place="mountains")
    lengths: dict[tuple[str, str, bool], list[float]] = {}
    for s in simulate(play, play.scenes[0]):
        e = s.entity("a")
        assert e is not None and not e.joints
        sitting = e.grounded and e.verb not in ("walk", "run", "jump")
        for a, b in LEG_BONES:
            (ax, ay), (bx, by) = e.skeleton[Q[a]], e.skeleton[Q[b]]
            spine = "knee" not in a + b
            lengths.setdefault((a, b, spine and sitting), []).append(math.hypot(bx - ax, by - ay))
    assert len(lengths) >= len(LEG_BONES)
    for bone, ls in lengths.items():
        assert max(ls) - min(ls) < 2e-3, (verb, bone, min(ls), max(ls))


def test_the_howl_raises_the_head_about_the_neck() -> None:
    play = _play("🐺", "canine", [{"at": 0.5, "who": "a", "do": "howl"}])
    states = list(simulate(play, play.scenes[0]))
    still = states[0].entity("a")
    loud = max((s.entity("a") for s in states), key=lambda e: e.head if e else 0.0)
    assert still is not None and loud is not None and loud.head > 0.5

    def angle(e: Any) -> float:
        (nx, ny), (hx, hy) = e.skeleton[Q["neck"]], e.skeleton[Q["head"]]
        return math.atan2(hy - ny, hx - nx)
    assert angle(loud) - angle(still) > 0.3  # muzzle up


def test_a_dog_and_a_cat_still_move_differently() -> None:
    """The dog-versus-cat difference stays: over the same ground a cat's shorter stride takes more steps."""
    def steps_per_metre(emoji: str, archetype: str) -> float:
        play = _play(emoji, archetype, [{"at": 0, "who": "a", "do": "walk", "speed": 1.0}])
        walking = [e for s in simulate(play, play.scenes[0]) if (e := s.entity("a")) is not None]
        walking = [e for e in walking if e.verb == "walk"]
        xs = [_unturned(e, "paw_hind_r")[0] for e in walking]
        lands = sum(1 for a, b, c in zip(xs, xs[1:], xs[2:], strict=False) if b > a and c < b)  # swing ends
        return lands / abs(walking[-1].x - walking[0].x)
    dog, cat = steps_per_metre("🐕", "canine"), steps_per_metre("🐈", "feline")
    assert dog == pytest.approx(1 / 0.9, rel=0.2) and cat == pytest.approx(1 / 0.5, rel=0.2)


def test_a_bird_beats_its_wings_and_wheels_roll() -> None:
    play = _play("🐦", "bird", [{"at": 0, "who": "a", "do": "fly", "to_x": 20.0, "to_y": 3.0}])
    names = JOINT_NAMES[Archetype.BIRD]
    tips = [e.skeleton[names.index("wing_r")][1] for s in simulate(play, play.scenes[0])
            if (e := s.entity("a")) is not None and not e.grounded]
    assert len(tips) > 24 and max(tips) - min(tips) > 0.05  # the near wingtip rises and falls
    play = _play("🚗", "vehicle", [{"at": 0, "who": "a", "do": "drive", "speed": 6.0}])
    names = JOINT_NAMES[Archetype.VEHICLE]
    w, k = names.index("wheel_front"), names.index("spoke_front")
    states = [e for s in simulate(play, play.scenes[0]) if (e := s.entity("a")) is not None]
    for p, c in itertools.pairwise(states[24:]):
        r = math.dist(c.skeleton[w], c.skeleton[k])
        turned = math.atan2(c.skeleton[k][0] - c.skeleton[w][0], c.skeleton[k][1] - c.skeleton[w][1]) - \
            math.atan2(p.skeleton[k][0] - p.skeleton[w][0], p.skeleton[k][1] - p.skeleton[w][1])
        turned = (turned + math.pi) % (2 * math.pi) - math.pi
        # Rolling without slipping: the rim turns through the distance covered, forward.
        assert turned * r == pytest.approx(abs(c.x - p.x), abs=0.02)


def test_the_trace_names_each_archetypes_joints(tmp_path: Path) -> None:
    play = Screenplay.model_validate({
        "kinema": 1, "seed": 3, "format": {"width": 320, "height": 180, "fps": 24},
        "cast": [{"id": "w", "asset": {"emoji": "🐺"}, "archetype": "canine"},
                 {"id": "f", "asset": {"emoji": "🐟"}, "archetype": "fish"},
                 {"id": "c", "asset": {"emoji": "🚗"}, "archetype": "vehicle"},
                 {"id": "b", "asset": {"emoji": "📦"}, "archetype": "prop"},
                 {"id": "s", "asset": {"emoji": "🐍"}, "archetype": "serpent"},
                 {"id": "d", "asset": {"emoji": "🐉"}, "archetype": "dragon"}],
        "scenes": [{"id": "s", "setting": {"place": "plain"},
                    "staging": {"w": {"x": -3.0}, "f": {"x": 0.0}, "c": {"x": 3.0}, "b": {"x": 6.0},
                                "s": {"x": 9.0}, "d": {"x": 14.0}},
                    "actions": [{"at": 0, "who": "w", "do": "walk", "speed": 1.0}],
                    "shots": [{"id": "x", "duration": 1.0, "size": "wide", "subjects": ["w"]}]}]})
    path = tmp_path / "t.jsonl"
    write_trace(play, path)
    frames = [json.loads(line) for line in path.read_text().splitlines() if '"type":"frame"' in line]
    ents = {e["id"]: e for e in frames[10]["entities"]}
    assert list(ents["w"]["joints"]) == list(QUADRUPED_JOINTS)
    assert list(ents["f"]["joints"]) == list(JOINT_NAMES[Archetype.FISH])
    assert list(ents["c"]["joints"]) == list(JOINT_NAMES[Archetype.VEHICLE])
    assert "joints" not in ents["b"]
    assert list(ents["s"]["joints"]) == list(JOINT_NAMES[Archetype.SERPENT])
    assert list(ents["d"]["joints"]) == list(JOINT_NAMES[Archetype.DRAGON])
    # World metres: the wolf's paws on its feet line, its head above them.
    w = ents["w"]
    assert min(w["joints"][p][1] for p in PAWS) == pytest.approx(w["y"], abs=0.05)
    assert w["joints"]["head"][1] > w["y"] + 0.5 * w["height"]


def test_a_rider_sits_on_a_trotting_horse() -> None:
    """A person riding a horse (a scaled four-legged body) sits on its back and goes with it, while
    the horse's own trot goes on under the rider."""
    from kinema.world.rig import HUMAN_JOINTS

    play = Screenplay.model_validate({
        "kinema": 1, "seed": 3, "format": {"width": 320, "height": 180, "fps": 24},
        "cast": [{"id": "a", "asset": {"emoji": "🧍"}, "archetype": "human"},
                 {"id": "h", "asset": {"emoji": "🐎"}, "archetype": "canine", "appearance": {"scale": 2.0}}],
        "scenes": [{"id": "s", "setting": {"place": "plain"}, "staging": {"a": {"x": -3.0}, "h": {"x": -3.0}},
                    "actions": [{"at": 0.0, "who": "a", "do": "ride", "target": "h"},
                                {"at": 0.5, "who": "h", "do": "walk", "speed": 1.5}],
                    "shots": [{"id": "x", "duration": 3.0, "size": "full", "subjects": ["a"]}]}]})
    hips = HUMAN_JOINTS.index("hips")
    riding = []
    for s in list(simulate(play, play.scenes[0]))[18:]:
        a, h = s.entity("a"), s.entity("h")
        assert a is not None and h is not None and a.verb == "ride" and h.verb == "walk"
        assert abs(a.x - h.x) < 0.3  # on it, not beside it
        seat = (a.y + a.joints[hips][1] - h.y) / h.height
        assert 0.5 < seat < 0.9  # above the horse's hips, on its back
        riding.append(h)
    assert riding[-1].x - riding[0].x > 2.0  # carried along
    ahead = [np.sign(_at(e, "paw_hind_r")[0] - _at(e, "paw_hind_l")[0]) for e in riding]
    assert sum(1 for a, b in itertools.pairwise(ahead) if a != b) >= 2  # the horse trots under the rider


def test_the_planner_casts_snakes_and_dragons_on_their_spines() -> None:
    from kinema.plan.catalog import catalog

    cat = catalog()
    assert cat.entities["🐍"].archetype == Archetype.SERPENT
    assert cat.entities["🐉"].archetype == Archetype.DRAGON
    assert cat.zh_index["龙"].archetype == Archetype.DRAGON


def _spine_bones(e: Any) -> list[float]:
    return [math.dist(a, b) / e.height for a, b in itertools.pairwise(e.skeleton[:9])]


def test_a_serpent_moves_a_wave_back_along_its_spine() -> None:
    play = _play("🐍", "serpent", [{"at": 0, "who": "a", "do": "walk", "speed": 0.8}])
    ents = [e for s in simulate(play, play.scenes[0]) if (e := s.entity("a")) is not None]
    names = JOINT_NAMES[Archetype.SERPENT]
    assert all(len(e.skeleton) == len(names) for e in ents)
    for e in ents:  # every bone of the spine keeps its length
        assert max(_spine_bones(e)) - min(_spine_bones(e)) < 1e-6
    mid = names.index("spine_3")
    heights = [e.skeleton[mid][1] for e in ents[12:]]
    assert max(heights) - min(heights) > 0.02 * ents[0].height  # the wave passes through it
    head = [e.skeleton[0][1] - min(y for _, y in e.skeleton) for e in ents]
    assert min(head) > 0.2 * ents[0].height  # the head held up off the ground


def test_a_dragon_flies_when_told_and_walks_on_planted_legs() -> None:
    fly = _play("🐉", "dragon", [{"at": 0, "who": "a", "do": "fly", "to_x": 20.0}])
    ents = [e for s in simulate(fly, fly.scenes[0]) if (e := s.entity("a")) is not None]
    names = JOINT_NAMES[Archetype.DRAGON]
    aloft = [e for e in ents if not e.grounded]
    assert len(aloft) > len(ents) // 2 and max(e.y for e in ents) > 1.5 * ents[0].height  # it flies
    tips = [e.skeleton[names.index("wing_tip_r")][1] - e.skeleton[names.index("spine_2")][1] for e in aloft]
    assert max(tips) - min(tips) > 0.5 * ents[0].height  # its wings beat
    walk = _play("🐉", "dragon", [{"at": 0, "who": "a", "do": "walk", "speed": 1.2}])
    world = simulate(walk, walk.scenes[0])
    ents = [e for s in world if (e := s.entity("a")) is not None]
    assert all(e.grounded for e in ents[12:])
    paws = [names.index(p) for p in PAWS]

    def at(e: Any, k: int) -> tuple[float, float]:
        return e.x + e.facing * e.skeleton[k][0], e.y + e.skeleton[k][1]
    checked = 0
    for p, c in itertools.pairwise(ents[12:]):
        for k in paws:
            (px, py), (cx, cy) = at(p, k), at(c, k)
            if abs(py - world.terrain.height(px)) < 0.003 and abs(cy - world.terrain.height(cx)) < 0.003:
                checked += 1
                assert math.hypot(cx - px, cy - py) < 0.02
    assert checked > 50
