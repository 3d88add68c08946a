"""The world on its trace: gravity, props, archetype leaps, punches, formations, keyframes."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import EXAMPLES, run_cli, scene_film, scene_states, sole_gap

from kinema.bodies import BODIES
from kinema.screenplay import Screenplay, load
from kinema.world import simulate
from kinema.world.particles import DUST, RAIN, SPARK
from kinema.world.state import WorldState
from kinema.world.trace import trace_records, write_trace

_film, _states = scene_film, scene_states


def _frames(play: Screenplay) -> list[dict[str, Any]]:
    return [r for r in trace_records(play) if r["type"] == "frame"]


def _ent(rec: dict[str, Any], eid: str) -> dict[str, Any]:
    return next(e for e in rec["entities"] if e["id"] == eid)


BOX = {"id": "box", "asset": {"emoji": "📦"}}
DOG = {"id": "dog", "asset": {"emoji": "🐕"}, "archetype": "canine"}
CAT = {"id": "cat", "asset": {"emoji": "🐈"}, "archetype": "feline"}


@pytest.mark.parametrize("g", [9.81, 1.62])
def test_free_fall_accelerates_at_the_scene_gravity(g: float) -> None:
    play = _film([BOX], {"setting": {"gravity": g}, "staging": {"box": {"x": 0, "y": 30.0}}}, 2.0)
    fps = play.format.fps
    vys = [r["entities"][0]["vy"] for r in _frames(play) if not r["entities"][0]["grounded"]]
    acc = [(b - a) * fps for a, b in pairwise(vys[1:])]
    assert len(acc) > 20
    assert all(a == pytest.approx(-g, rel=0.02) for a in acc)


def test_dog_leaps_from_one_sill_and_lands_on_the_other() -> None:
    play = load(EXAMPLES / "dog_windows.yaml")
    states = _states(play)
    props = states[0].props
    sills = sorted((p for p in props if p.kind == "sill"), key=lambda p: p.x0)
    assert len(sills) == 2
    dogs = [s.entity("dog") for s in states]
    first, last = dogs[0], dogs[-1]
    assert first is not None and last is not None
    assert sills[0].x0 < first.x < sills[0].x1
    assert sills[1].x0 < last.x < sills[1].x1
    assert last.y == pytest.approx(sills[1].y1, abs=0.05) and last.grounded
    assert "sill" in last.contacts
    assert any(not d.grounded for d in dogs if d is not None)  # it really flew
    for s in states:  # feet and body never inside the ground or a solid prop
        e = s.entity("dog")
        assert e is not None
        assert e.y >= -0.05
        for p in props:
            if p.solid:
                assert not p.contains(e.x, e.y, margin=0.05)
                assert not p.contains(e.x, e.y + e.height / 2, margin=0.05)


def _leap(member: dict[str, Any]) -> list[dict[str, Any]]:
    play = _film([member], {"staging": {member["id"]: {"x": -2.0}},
                            "actions": [{"at": 0.5, "who": member["id"], "do": "jump", "to_x": 1.0}]}, 3.0)
    return [_ent(r, member["id"]) | {"t": r["t"], "events": r["events"]} for r in _frames(play)]


def test_dog_leaps_stretched_and_cat_pounces_from_a_wiggling_crouch() -> None:
    """Canine: a short, shallow take-off crouch and a body stretched long in flight.
    Feline: a long, deep crouch with the rear wiggling, then a higher, tucked pounce."""
    legs = {}
    for member in (DOG, CAT):
        tr = _leap(member)
        takeoff = next(e["t"] for e in tr if f"takeoff:{member['id']}" in e["events"])
        before = [e for e in tr if 0.5 <= e["t"] < takeoff]
        air = [e for e in tr if not e["grounded"]]
        legs[member["id"]] = {
            "crouch_s": takeoff - 0.5,
            "squash": min(e["squash"] for e in before),
            "wiggle": max(abs(e["wiggle"]) for e in before),
            "stretch": max(e["stretch"] for e in air),
            "rise": max(e["y"] for e in air) / BODIES[(DOG if member is DOG else CAT)["archetype"]].height,
            "lands": tr[-1]["x"],
        }
    dog, cat = legs["dog"], legs["cat"]
    assert cat["crouch_s"] > 3 * dog["crouch_s"]
    assert cat["squash"] < dog["squash"] - 0.1
    assert cat["wiggle"] > 0.005 and dog["wiggle"] == 0.0
    assert dog["stretch"] > cat["stretch"] + 0.1
    assert dog["lands"] == pytest.approx(1.0, abs=0.2) and cat["lands"] == pytest.approx(1.0, abs=0.2)


def test_punch_hits_at_contact_with_recoil_and_sparks() -> None:
    play = load(EXAMPLES / "punch_ring.yaml")
    states = _states(play)
    hits = [(i, ev) for i, s in enumerate(states) for ev in s.events if ev.startswith("hit:")]
    assert hits and hits[0][1] == "hit:red:blue"
    i = hits[0][0]
    red, blue = states[i].entity("red"), states[i].entity("blue")
    prev_blue = states[i - 1].entity("blue")
    assert red is not None and blue is not None and prev_blue is not None
    assert prev_blue.recoil == 0.0 and blue.recoil > 0.8  # the blow lands between these frames
    assert red.reach > 0.2 and blue.vx > 1.0  # the fist is out and the target is knocked away
    # At contact the fist reaches the near side of the target's body and no further than an arm.
    gap = blue.x - red.x - (red.height * 0.35 + blue.height * 0.35) / 2
    assert 0 <= gap <= 0.45 * red.height * red.reach + 0.1
    sparks = states[i].particles
    assert np.count_nonzero(sparks.kind == SPARK) > 10
    assert all(not ev.startswith("hit:") for s in states[:i] for ev in s.events)
    # The blow rocks the target back over a few frames, never in one jump (a jump reads as a cut).
    for who in ("red", "blue"):
        tilts = [e.tilt for st in states if (e := st.entity(who)) is not None]
        assert max(abs(b - a) for a, b in pairwise(tilts)) < 0.3
    # The ring's posts keep both fighters inside.
    for s in states:
        for e in s.entities:
            assert -4.5 < e.x < 4.5


def test_a_landed_punch_slows_the_world_briefly_then_it_runs_at_speed() -> None:
    play = load(EXAMPLES / "punch_ring.yaml")
    fps = play.format.fps
    states = _states(play)
    i = next(k for k, s in enumerate(states) if any(ev.startswith("hit:") for ev in s.events))
    steps = [b.t - a.t for a, b in pairwise(states)]
    assert all(d == pytest.approx(1 / fps) for d in steps[:i])  # film and world agree up to the blow
    assert steps[i] == pytest.approx(play.scenes[0].slow_motion / fps)  # held slow just after it
    assert steps[i + 20:i + 32] == pytest.approx([1 / fps] * 12)  # back to speed within a second
    assert states[-1].t < play.scenes[0].duration - 0.3  # the world ran behind the film for a moment
    off = play.model_copy(deep=True)
    off.scenes[0].slow_motion = 1.0
    flat = _states(off)
    assert [s.t for s in flat] == pytest.approx([k / fps for k in range(len(flat))])


def test_flower_tiger_bursts_and_reassembles_to_its_shape() -> None:
    play = load(EXAMPLES / "flower_tiger.yaml")
    world = simulate(play, play.scenes[0])
    states = list(world)
    fps = play.format.fps

    def pieces(s: WorldState) -> np.ndarray:
        f = s.formations[0]
        return np.stack([f.x, f.y], axis=1)

    start, mid, end = pieces(states[0]), pieces(states[9 * fps]), pieces(states[15 * fps])
    assert np.abs(start - pieces(states[4 * fps - 1])).max() < 0.05  # held in mid-air, breathing
    assert len(start) == 450 and states[0].formations[0].material == "flowers"
    assert states[0].entity("tiger") is not None and not states[0].entities[0].visible
    assert np.abs(mid - start).max() > 2.0  # blown apart
    for s in states[::6]:  # in the air, never through the ground
        p = pieces(s)
        assert (p[:, 1] >= np.interp(p[:, 0], world.terrain.xs, world.terrain.ys) - 1e-3).all()
    # Back together: on its targets, which breathe by a few centimetres at most.
    f = states[15 * fps].formations[0]
    assert np.abs(end - np.stack([f.home_x, f.home_y], axis=1)).max() < 1e-4
    assert np.abs(end - start).max() < 0.06
    # The targets fill the tiger's outline: wider than tall, as the walking tiger is.
    span = start.max(axis=0) - start.min(axis=0)
    assert span[0] > span[1]


def test_same_seed_same_trace_other_seed_other_valid_trace(tmp_path: Path) -> None:
    play = load(EXAMPLES / "flower_tiger.yaml")
    play.scenes[0].shots = play.scenes[0].shots[:2]
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    write_trace(play, a)
    write_trace(play, b)
    write_trace(play.model_copy(update={"seed": 99}), c)
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()
    recs = [json.loads(line) for line in c.read_text().splitlines()]
    assert recs[0]["seed"] == 99
    assert all(e["y"] >= -0.05 for r in recs if r["type"] == "frame" for e in r["entities"])


def test_keyframes_pin_position_and_facing() -> None:
    play = _film([DOG], {"keyframes": [{"at": 1.0, "who": "dog", "x": 0.0},
                                       {"at": 2.0, "who": "dog", "x": 3.0, "facing": "left"},
                                       {"at": 2.5, "who": "dog", "y": 1.5}],
                         "actions": [{"at": 0, "who": "dog", "do": "walk"}]}, 4.0)
    tr = _frames(play)
    fps = play.format.fps
    assert _ent(tr[fps], "dog")["x"] == pytest.approx(0.0, abs=0.01)
    assert _ent(tr[2 * fps], "dog")["x"] == pytest.approx(3.0, abs=0.01)
    assert _ent(tr[2 * fps], "dog")["facing"] == -1
    mid = _ent(tr[fps * 3 // 2], "dog")["x"]
    assert 0.5 < mid < 2.5  # eased between the pins
    assert _ent(tr[round(2.5 * fps)], "dog")["y"] == pytest.approx(1.5, abs=0.01)
    assert _ent(tr[-1], "dog")["y"] < 0.1  # after the last pin, gravity takes it back


def test_verbs_move_by_kind() -> None:
    bird = {"id": "bird", "asset": {"emoji": "🐦"}, "archetype": "bird"}
    fish = {"id": "fish", "asset": {"emoji": "🐟"}, "archetype": "fish"}
    wolf = {"id": "wolf", "asset": {"emoji": "🐺"}, "archetype": "canine"}
    play = _film([bird, fish, CAT, DOG, wolf], {
        "staging": {"bird": {"x": 0}, "fish": {"x": 0, "y": 2.0}, "cat": {"x": 5}, "dog": {"x": -5},
                    "wolf": {"x": 0}},
        "actions": [{"at": 0, "who": "bird", "do": "fly", "to_x": 6, "to_y": 4},
                    {"at": 0, "who": "fish", "do": "swim", "to_x": -3},
                    {"at": 0, "who": "cat", "do": "knead"},
                    {"at": 0, "who": "dog", "do": "chase", "target": "wolf"},
                    {"at": 0, "who": "wolf", "do": "flee", "target": "dog"}]}, 3.0)
    tr = _frames(play)
    b = [_ent(r, "bird") for r in tr]
    assert b[-1]["y"] > 3.0 and b[-1]["x"] > 2.0 and not b[-1]["grounded"]
    assert min(e["wing"] for e in b) < -0.5 < 0.5 < max(e["wing"] for e in b)  # flapping
    f = [_ent(r, "fish") for r in tr]
    assert all(e["y"] > 1.5 for e in f) and f[-1]["x"] < -1.0  # swims, does not sink
    paws = [_ent(r, "cat")["paw"] for r in tr]
    assert min(paws) < -0.8 and max(paws) > 0.8 and _ent(tr[-1], "cat")["x"] == pytest.approx(5, abs=0.01)
    gap0 = _ent(tr[0], "wolf")["x"] - _ent(tr[0], "dog")["x"]
    gap1 = _ent(tr[-1], "wolf")["x"] - _ent(tr[-1], "dog")["x"]
    assert _ent(tr[-1], "dog")["x"] > -3 and _ent(tr[-1], "wolf")["x"] > 3 and gap1 > 0 and gap0 > 0


def test_vehicle_raises_dust_behind_and_weather_falls() -> None:
    car = {"id": "car", "asset": {"emoji": "🚙"}, "archetype": "vehicle"}
    play = _film([car], {"setting": {"place": "road", "weather": "rain"}, "staging": {"car": {"x": 0}},
                         "actions": [{"at": 0, "who": "car", "do": "drive", "speed": 12}]}, 3.0)
    world = simulate(play, play.scenes[0])
    states = list(world)
    last = states[-1]
    e = last.entity("car")
    assert e is not None
    dust = last.particles.kind == DUST
    assert np.count_nonzero(dust) > 50
    assert np.median(last.particles.x[dust]) < e.x - 2.0  # the trail lies behind the car
    assert np.count_nonzero(last.particles.kind == RAIN) > 200
    squash = [s.entities[0].squash for s in states[24:]]
    assert max(squash) - min(squash) > 0.01  # suspension bounce
    assert all(s.entities[0].y >= world.terrain.height(s.entities[0].x) - 0.05 for s in states)


def test_simulate_cli_writes_a_trace_and_rejects_bad_input(tmp_path: Path) -> None:
    out = tmp_path / "t.jsonl"
    proc = run_cli("simulate", str(EXAMPLES / "dog_windows.yaml"), "--trace", str(out))
    assert proc.returncode == 0, proc.stderr
    lines = out.read_text().splitlines()
    assert json.loads(lines[0])["type"] == "trace" and json.loads(lines[1])["props"]
    assert len(lines) == 2 + 15 * 24
    bad = tmp_path / "bad.yaml"
    bad.write_text("kinema: 1\ncast: []\nscenes:\n  - id: s\n    actions: [{at: 0, who: x, do: fly}]\n"
                   "    shots: [{id: a, duration: 1}]\n")
    out2 = tmp_path / "t2.jsonl"
    proc = run_cli("simulate", str(bad), "--trace", str(out2))
    assert proc.returncode == 2 and "actions[0].who" in proc.stderr and not out2.exists()
    assert not list(tmp_path.glob(".t2*"))


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_no_body_or_copy_ever_passes_through_the_ground_or_a_prop(name: str) -> None:
    """Every example, every scene, every frame: feet, bodies and a group's copies stay on or above
    the terrain and out of solid props (sills, posts, walls)."""
    play = load(EXAMPLES / name)
    for scene in play.scenes:
        world = simulate(play, scene)
        solid = [p for p in world.props if p.solid]
        frames = 0
        for s in world:
            frames += 1
            assert s.entities, (scene.id, s.frame)  # every example has a body in every frame
            for e in s.entities:
                assert sole_gap(world, e) >= -0.02, (scene.id, s.frame, e.id, e.y)
                for p in solid:
                    assert not p.contains(e.x, e.y, margin=0.05), (scene.id, s.frame, e.id, p.kind)
                    assert not p.contains(e.x, e.y + e.height / 2, margin=0.05), (scene.id, s.frame, e.id)
            for g in s.groups:
                floor = np.interp(g.x, world.terrain.xs, world.terrain.ys)
                assert (g.y - g.height * g.scale / 2 >= floor - 0.1).all(), (scene.id, s.frame, g.id)
        assert frames == round(scene.duration * play.format.fps), scene.id  # every frame was checked
