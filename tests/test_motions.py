"""People's composed actions (motions.py): each is its own motion, played in the world.

Every test simulates a screenplay and reads the trace's joints (metres from the feet point, x
forward, y up), so what is checked is what the renderer draws."""

from __future__ import annotations

import itertools
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml

from kinema.motions import MOTIONS
from kinema.plan import plan
from kinema.plan.tools import COMPOSED
from kinema.screenplay import Screenplay
from kinema.screenplay.model import Archetype, Verb
from kinema.world.rig import BONES, HUMAN_JOINTS, Motion, human_joints
from kinema.world.rig import COMPOSED as RIG_COMPOSED
from kinema.world.simulate import simulate
from kinema.world.state import EntityState

J = {n: i for i, n in enumerate(HUMAN_JOINTS)}
TABLE = Path(__file__).parent / "data" / "person_action_prompts.yaml"


def _play(verb: str, duration: float = 4.0, tool: str | None = None, to_x: float | None = None) -> Screenplay:
    cast: list[dict[str, Any]] = [{"id": "a", "asset": {"emoji": "🧍"}, "archetype": "human"}]
    staging: dict[str, Any] = {"a": {"x": 0.0}}
    act: dict[str, Any] = {"at": 0.0, "who": "a", "do": verb}
    if tool:
        cast.append({"id": "t", "asset": {"emoji": tool}, "archetype": "prop", "appearance": {"scale": 0.8}})
        staging["t"] = {"x": 0.4, "y": 1.0}
        act["target"] = "t"
    if to_x is not None:
        act["to_x"] = to_x
    return Screenplay.model_validate({
        "kinema": 1, "seed": 5, "format": {"width": 320, "height": 180, "fps": 24}, "cast": cast,
        "scenes": [{"id": "s", "setting": {"place": "plain"}, "staging": staging, "actions": [act],
                    "shots": [{"id": "x", "duration": duration, "size": "full", "subjects": ["a"]}]}]})


def _people(verb: str, **kw: Any) -> list[EntityState]:
    play = _play(verb, **kw)
    out = []
    for s in list(simulate(play, play.scenes[0]))[12:]:  # past the blend in from standing
        e = s.entity("a")
        assert e is not None
        out.append(e)
    return out


def _j(e: EntityState, name: str) -> tuple[float, float]:
    return e.joints[J[name]]


def test_one_recipe_per_verb_everywhere() -> None:
    """The motion table is the one list: the rig, the planner and the enum agree with it."""
    names = {v.value for v in MOTIONS}
    assert names == set(RIG_COMPOSED) == set(COMPOSED)
    assert names <= {v.value for v in Verb}
    for r in MOTIONS.values():
        assert r.grip in ("hand", "hands", "feet", "front", "sky", "over") and r.size > 0 and r.tempo > 0


@pytest.mark.parametrize("verb", sorted(v.value for v in MOTIONS))
def test_every_motion_keeps_its_bones_and_moves(verb: str) -> None:
    """Bone lengths stay constant, the trace names the verb, and the body is not frozen."""
    people = _people(verb)
    assert all(e.verb == verb for e in people)
    for a, b in BONES:
        ls = [math.dist(_j(e, a), _j(e, b)) for e in people]
        assert max(ls) - min(ls) < 2e-3, (verb, a, b)
    spread = max(np.ptp([_j(e, n)[k] for e in people]) for n in ("hand_l", "hand_r", "foot_l", "foot_r")
                 for k in (0, 1))
    assert spread > 0.02, verb  # some limb moves by more than 2 cm: a motion, not a statue


@pytest.mark.parametrize("verb", ["clap", "strum", "sweep", "cook", "chop", "type", "stretch", "dig", "box",
                                  "play_violin", "hammer", "row"])
def test_feet_on_the_ground_stay_put(verb: str) -> None:
    """An action played in place keeps a foot on the ground where it is (< 2 cm a frame)."""
    people = _people(verb)
    checked = 0
    for f, (p, c) in enumerate(itertools.pairwise(people)):
        for foot in ("foot_l", "foot_r"):
            (px, py), (cx, cy) = _j(p, foot), _j(c, foot)
            if py < 0.01 and cy < 0.01:
                checked += 1
                assert math.hypot((c.x + cx) - (p.x + px), cy - py) < 0.02, (verb, f, foot)
    assert checked > 40


def _knee_top(verb: str, to_x: float) -> float:
    return max(_j(e, k)[1] - e.height * 0 for e in _people(verb, to_x=to_x) for k in ("knee_l", "knee_r"))


def test_a_march_brings_the_knees_higher_than_a_walk() -> None:
    march, walk = _knee_top("march", 8.0), _knee_top("walk", 8.0)
    assert march > walk + 0.08, (march, walk)
    marchers = _people("march", to_x=8.0)
    assert marchers[-1].x - marchers[0].x > 2.0  # and it goes forward


def test_a_clap_brings_the_hands_together_again_and_again() -> None:
    gaps = [math.dist(_j(e, "hand_l"), _j(e, "hand_r")) for e in _people("clap")]
    met = [g < 0.03 for g in gaps]
    claps = sum(1 for a, b in itertools.pairwise(met) if b and not a)
    assert claps >= 4 and max(gaps) > 0.12, (claps, max(gaps))


def test_a_sweep_moves_the_held_broom_to_and_fro_near_the_ground() -> None:
    play = _play("sweep", tool="🧹")
    xs, bottoms = [], []
    for s in list(simulate(play, play.scenes[0]))[12:]:
        a, t = s.entity("a"), s.entity("t")
        assert a is not None and t is not None
        hand = a.x + a.facing * (_j(a, "hand_r")[0] + _j(a, "hand_l")[0]) / 2
        assert abs(t.x - hand) < 0.1  # in the hand (a frame behind it: the world moves it to last frame's)
        xs.append(t.x)
        bottoms.append(t.y)
    assert np.ptp(xs) > 0.15  # side to side
    turns = sum(1 for a, b, c in zip(xs, xs[1:], xs[2:], strict=False) if (b - a) * (c - b) < 0)
    assert turns >= 4
    assert max(bottoms) < 0.6  # the broom's head is down by the floor


def test_skis_stay_parallel_and_slide() -> None:
    people = _people("ski", to_x=30.0)
    apart = [abs(_j(e, "foot_r")[0] - _j(e, "foot_l")[0]) for e in people]
    assert max(apart) < 0.15 and np.ptp(apart) < 0.01  # a boot's length apart, and kept so
    assert all(_j(e, f)[1] < 0.01 for e in people for f in ("foot_l", "foot_r"))
    assert people[-1].x - people[0].x > 5.0  # the feet never lift, yet the body goes: it slides


def test_a_strum_works_one_hand_at_the_hip_and_holds_the_neck_with_the_other() -> None:
    people = _people("strum")
    near = [_j(e, "hand_r")[1] for e in people]
    far = [_j(e, "hand_l") for e in people]
    hips = people[0].joints[J["hips"]][1]
    assert np.ptp(near) > 0.05 and abs(float(np.mean(near)) - hips) < 0.3 * people[0].height
    assert max(np.ptp([p[0] for p in far]), np.ptp([p[1] for p in far])) < 0.01  # the neck hand stays
    assert min(p[0] for p in far) > max(_j(e, "hand_r")[0] for e in people)  # further out along the neck


def test_the_motion_is_seeded_per_person() -> None:
    """Two people clapping do not clap in lockstep: each has its own variant."""
    play = Screenplay.model_validate({
        "kinema": 1, "seed": 5, "format": {"width": 320, "height": 180, "fps": 24},
        "cast": [{"id": "a", "asset": {"emoji": "🧍"}, "archetype": "human"},
                 {"id": "b", "asset": {"emoji": "🧍"}, "archetype": "human"}],
        "scenes": [{"id": "s", "setting": {"place": "plain"}, "staging": {"a": {"x": -1.0}, "b": {"x": 1.0}},
                    "actions": [{"at": 0, "who": "a", "do": "clap"}, {"at": 0, "who": "b", "do": "clap"}],
                    "shots": [{"id": "x", "duration": 2.0, "size": "full", "subjects": ["a", "b"]}]}]})
    states = list(simulate(play, play.scenes[0]))[12:]
    diff = []
    for s in states:
        a, b = s.entity("a"), s.entity("b")
        assert a is not None and b is not None
        diff.append(abs(_j(a, "hand_r")[0] - _j(b, "hand_r")[0]))
    assert max(diff) > 0.02


def _dev_rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    return [r for r in rows if r["split"] == "dev"]


@pytest.mark.parametrize("row", _dev_rows(), ids=lambda r: r["prompt"])
def test_the_planner_gives_a_person_the_named_action(row: dict[str, Any]) -> None:
    """The new table's dev half (its held-out half is only scored, tools/composition.py)."""
    play = plan(row["prompt"], 10.0).screenplay
    people = {m.id for m in play.cast if m.archetype == Archetype.HUMAN}
    verbs = {a.do.value for s in play.scenes for a in s.actions if a.who in people}
    assert verbs & set(row["person_verb"]), (row["prompt"], verbs)


def test_the_table_is_well_formed() -> None:
    rows: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    langs = {lang: [r for r in rows if r["lang"] == lang] for lang in ("en", "zh")}
    assert all(len(v) >= 30 for v in langs.values())
    assert len({r["prompt"] for r in rows}) == len(rows)
    composition = Path(__file__).parent / "data" / "composition_prompts.yaml"
    other = {r["prompt"] for r in yaml.safe_load(composition.read_text(encoding="utf-8"))}
    assert not other & {r["prompt"] for r in rows}  # none copied from the composition table
    assert {r["split"] for r in rows} == {"dev", "heldout"}
    assert all(r["category"] == "person_action" and set(r["person_verb"]) <= {v.value for v in Verb}
               for r in rows)


def test_a_tool_is_cast_and_held_when_the_prompt_names_none() -> None:
    play = plan("a woman sweeping the floor", 6.0).screenplay
    scene = play.scenes[0]
    sweep = next(a for a in scene.actions if a.do == Verb.SWEEP)
    broom = next(m for m in play.cast if m.id == sweep.target)
    assert broom.name.en == "broom"


def test_play_takes_the_instrument_named() -> None:
    for prompt, verb in (("a girl playing the violin", "play_violin"), ("a man playing the guitar", "strum"),
                         ("一个女人在弹钢琴", "play_piano")):
        play = plan(prompt, 6.0).screenplay
        assert verb in {a.do.value for a in play.scenes[0].actions}, prompt


@pytest.mark.parametrize("verb", sorted(v.value for v, r in MOTIONS.items() if r.travel == 0))
def test_no_joint_jumps_between_frames(verb: str) -> None:
    """A cycle wraps round smoothly: no joint's step from one frame to the next is a spike (three
    times the steps either side of it and 2 cm more); fast motions are fast on every frame. (The
    travelling ones step on the ground under them as the walk does: test_rig.py's foot checks.)"""
    people = _people(verb, duration=6.0)
    for k, name in enumerate(HUMAN_JOINTS):
        steps = [math.dist(p.joints[k], c.joints[k]) for p, c in itertools.pairwise(people)]
        for f in range(1, len(steps) - 1):
            assert steps[f] < 3 * max(steps[f - 1], steps[f + 1]) + 0.02, (verb, name, f, steps[f - 1:f + 2])


def _idle(height: float) -> tuple[tuple[float, float], ...]:
    return human_joints(Motion("idle", 0.0, 0.0, 0.0, 0.0, True, 1.0, 0.0, 0.0, 0.0, 0.0, 0.5), height)


@pytest.mark.parametrize("verb, apart", [("knit", 0.1), ("text", 0.08), ("sew", 0.32)])
def test_hand_work_keeps_the_hands_together_in_quick_small_cycles(verb: str, apart: float) -> None:
    """Knitting, texting and sewing: the hands close together before the body (not idle's, hanging at
    the sides), the head bowed to them, a small cycle that repeats again and again."""
    people = _people(verb)
    idle = _idle(people[0].height)
    for e in people:
        gap = math.dist(_j(e, "hand_l"), _j(e, "hand_r"))
        assert gap < apart * e.height, (verb, gap)
        for hand in ("hand_l", "hand_r"):  # before the body above the hips, where idle's hang at the sides
            assert _j(e, hand)[0] > _j(e, "chest")[0] + 0.08 * e.height, verb
            assert _j(e, hand)[1] > _j(e, "hips")[1], verb
            assert math.dist(_j(e, hand), idle[J[hand]]) > 0.1 * e.height, verb
        assert _j(e, "head")[0] > _j(e, "neck")[0]  # bowed forward over the hands
    ys = np.array([_j(e, "hand_r")[1] for e in people])
    crossings = int(np.sum(np.diff(np.sign(ys - ys.mean())) != 0))
    per_second = 24 / 2 / len(people) * crossings
    assert per_second > 0.8 * {"knit": 2.2, "text": 3.5, "sew": 0.9}[verb], (verb, crossings)
    assert np.ptp(ys) < 0.2 * people[0].height  # small: a hand's work, not an arm's


def test_a_juggler_keeps_three_balls_in_arcs_above_the_hands() -> None:
    play = plan("a man juggling", 6.0).screenplay
    balls = [m.id for m in play.cast if m.name.en == "ball"]
    assert len(balls) == 3
    man = next(m.id for m in play.cast if m.archetype == Archetype.HUMAN)
    tops: dict[str, list[float]] = {b: [] for b in balls}
    for s in list(simulate(play, play.scenes[0]))[24:]:
        who = s.entity(man)
        assert who is not None
        hands = who.y + max(_j(who, "hand_l")[1], _j(who, "hand_r")[1])
        ys = []
        for b in balls:
            e = s.entity(b)
            assert e is not None
            tops[b].append(e.y - hands)
            ys.append(e.y)
        assert len({round(y, 2) for y in ys}) >= 2  # never all three in one place
    for b in balls:  # each ball rises well above the hands and comes down again, many times
        assert max(tops[b]) > 0.3 and min(tops[b]) < 0.15, b
        rises = sum(1 for p, c in itertools.pairwise(tops[b]) if p < 0.25 <= c)
        assert rises >= 3, (b, rises)


@pytest.mark.parametrize("prompt, verb", [
    ("a painter painting at an easel", "paint"),  # an -ing word after its doer is the doer's verb
    ("an old woman knitting a scarf", "knit"), ("奶奶正在织毛衣", "knit"),
    ("a girl embroidering a flower", "sew"), ("a teenager texting on her phone", "text"),
    ("一个女孩在拉大提琴", "play_violin"),  # 拉 "pull" a cello (drawn as its sibling, a violin) bows it
    ("一个老人在看报纸", "read"),  # 看 "look at" a newspaper reads it
    ("一个工人在铲雪", "dig"),  # a single character after 在 is the verb in progress (铲 to shovel)
])
def test_the_planner_reads_hand_work_and_light_verbs(prompt: str, verb: str) -> None:
    play = plan(prompt, 6.0).screenplay
    people = {m.id for m in play.cast if m.archetype == Archetype.HUMAN}
    assert verb in {a.do.value for a in play.scenes[0].actions if a.who in people}, prompt


def test_a_noun_with_no_broader_picture_takes_a_siblings() -> None:
    """The open vocabulary: a cello has no picture and nothing broader has one; its sibling under
    "bowed stringed instrument", the violin, stands for it (and says so in the notes)."""
    result = plan("a cello", 6.0)
    assert [m.name.en for m in result.screenplay.cast] == ["violin"]
    assert any("cello" in n and "violin" in n for n in result.notes)


def test_a_kite_flier_works_the_line_up_before_the_face_and_the_kite_flies_high_ahead() -> None:
    play = _play("fly_kite", tool="🪁", duration=6.0)
    near, kite = [], []
    for s in list(simulate(play, play.scenes[0]))[12:]:
        a, t = s.entity("a"), s.entity("t")
        assert a is not None and t is not None
        near.append(_j(a, "hand_r"))
        assert _j(a, "hand_r")[1] > _j(a, "neck")[1] - 0.1 * a.height  # the line hand up by the face
        assert t.y - a.y > 1.5 * a.height and a.facing * (t.x - a.x) > a.height  # the kite: high, ahead
        kite.append(t.y)
    assert np.ptp([p[1] for p in near]) > 0.05 * 1.7  # tugging the line down and letting it up
    assert np.ptp(kite) > 0.05  # the kite rises and dips with the tugs


def test_hanging_washing_lifts_both_hands_from_the_waist_to_over_the_head() -> None:
    people = _people("hang_laundry", duration=6.0)
    h = people[0].height
    tops = [min(_j(e, "hand_l")[1], _j(e, "hand_r")[1]) for e in people]
    assert max(tops) > _j(people[0], "head")[1]  # both hands up at the line, over the head
    assert min(tops) < _j(people[0], "hips")[1] + 0.3 * h  # and down at the basket
    assert all(math.dist(_j(e, "hand_l"), _j(e, "hand_r")) < 0.15 * h for e in people)  # one piece, two hands


def test_peeling_holds_the_fruit_still_and_pulls_strips_down_off_it() -> None:
    people = _people("peel", duration=6.0)
    h = people[0].height
    far = [_j(e, "hand_l") for e in people]
    near = [_j(e, "hand_r") for e in people]
    assert max(np.ptp([p[0] for p in far]), np.ptp([p[1] for p in far])) < 0.01  # the fruit hand stays
    assert np.ptp([p[1] for p in near]) > 0.06 * h  # the peeling hand goes down and back
    assert min(p[1] for p in near) < far[0][1] - 0.04 * h  # pulled down below the fruit
    assert all(_j(e, "head")[0] > _j(e, "neck")[0] for e in people)  # eyes on the fruit


@pytest.mark.parametrize("prompt, verb", [
    ("a girl flying a kite in the park", "fly_kite"),  # "fly" said of a person with a kite works its line
    ("一个女孩在公园里放风筝", "fly_kite"),  # 放 reads as nothing: the motion of the thing named, the kite
    ("a woman peeling a banana", "peel"),  # peel: WordNet's skin.v.04, "strip the skin off"
    ("爷爷在剥香蕉", "peel"),  # 剥 "to peel" (CC-CEDICT), a verb character after its doer
    ("a woman hanging clothes on a line", "hang_laundry"),  # a verb with no motion, said with washing
    ("爸爸在院子里晒衣服", "hang_laundry"),  # 晒 "to dry in the sun" moves nothing: the clothes' motion
])
def test_the_planner_reads_everyday_work(prompt: str, verb: str) -> None:
    play = plan(prompt, 6.0).screenplay
    people = {m.id for m in play.cast if m.archetype == Archetype.HUMAN}
    assert verb in {a.do.value for a in play.scenes[0].actions if a.who in people}, prompt
