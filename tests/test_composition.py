"""Issue 20: relations between named things and interactions that put two bodies together,
read from the planned screenplay (nothing rendered)."""

from __future__ import annotations

import pytest

from kinema.plan import plan
from kinema.plan.parse import parse_clause
from kinema.plan.relations import lemma
from kinema.screenplay.model import Scene, Staging, Verb
from kinema.world.crowd import LANES


def _scene(prompt: str) -> Scene:
    return plan(prompt, 10.0).screenplay.scenes[0]


def _st(scene: Scene, prefix: str) -> Staging:
    return next(v for k, v in scene.staging.items() if k.startswith(prefix))


@pytest.mark.parametrize("prompt,kind", [
    ("a lamp to the left of a sofa", "left_of"), ("a goat on the right side of a tractor", "right_of"),
    ("a frog underneath a chair", "under"), ("a kid behind a car", "behind"),
    ("一只鸭子在船的右边", "right_of"), ("一辆卡车停在树旁边", "next_to"),
    ("a man riding a camel", "ride"), ("a woman pulling a wagon", "pull"),
    ("一个女孩抱着一只小狗", "hug"), ("a boy carries a box", "carry"),
])
def test_relation_words_are_read(prompt: str, kind: str) -> None:
    c = parse_clause(prompt)
    assert [r.kind for r in c.relations][:1] == [kind]


def test_two_things_joined_by_and_are_not_related() -> None:
    assert parse_clause("a red car and a blue bicycle").relations == []
    assert parse_clause("三只黑猫和一只白狗").relations == []


def test_lemma_reads_inflections() -> None:
    assert [lemma(w) for w in ("riding", "hugging", "carries", "held", "pushed")] == \
        ["ride", "hug", "carry", "hold", "push"]


def test_left_of_holds_at_the_start_and_end() -> None:
    for prompt in ("a bicycle to the left of a bus", "自行车在公交车的左边"):
        s = _scene(prompt)
        assert _st(s, "bicycle").x < _st(s, "bus").x - 0.5
        moved = [a for a in s.actions if a.to_x is not None]
        assert not moved  # a tableau: nothing walks out of the relation


def test_right_of_places_a_to_the_right() -> None:
    s = _scene("a goat to the right of a tractor")
    assert _st(s, "goat").x > _st(s, "tractor").x + 0.5


def test_on_top_of_raises_a_over_b() -> None:
    s = _scene("a cat on top of a bus")
    cat, bus = _st(s, "cat"), _st(s, "bus")
    assert cat.y is not None and cat.y > 1.0 and abs(cat.x - bus.x) < 0.1


def test_in_front_and_behind_are_depth_planes() -> None:
    s = _scene("a child in front of a tree")
    assert _st(s, "child").depth == 0 and _st(s, "tree").depth == 1
    s = _scene("一只狐狸在树后面")
    assert _st(s, "fox").depth == 1 and _st(s, "tree").depth == 0


def test_between_two_of_one_noun_and_two_nouns() -> None:
    s = _scene("a goat between two houses")
    houses = sorted(v.x for k, v in s.staging.items() if k.startswith("house"))
    assert houses[0] < _st(s, "goat").x < houses[1]
    s = _scene("一只兔子在狗和猫中间")
    xs = sorted([_st(s, "dog").x, _st(s, "cat").x])
    assert xs[0] < _st(s, "rabbit").x < xs[1]


def test_riding_seats_the_rider_and_they_go_together() -> None:
    for prompt in ("a woman riding a horse", "一个男人骑着一辆摩托车"):
        s = _scene(prompt)
        ride = next(a for a in s.actions if a.do == Verb.RIDE)
        mount = ride.target
        assert mount is not None
        rider = s.staging[ride.who]
        assert rider.y is not None and rider.y > 0 and rider.x == s.staging[mount].x
        go = next(a for a in s.actions if a.who == mount)
        assert go.to_x == ride.to_x and go.to_x is not None and go.to_x > s.staging[mount].x


def test_holding_puts_the_thing_in_the_hand() -> None:
    s = _scene("a girl holding a lantern")
    catch = next(a for a in s.actions if a.do == Verb.CATCH)
    held = s.staging[catch.target or ""]
    assert held.y is not None and held.y > 0.5 and abs(held.x - s.staging[catch.who].x) < 1.0


def test_sitting_on_and_pushing() -> None:
    s = _scene("a rabbit sitting on a chair")
    dog = _st(s, "rabbit")
    assert dog.y is not None and dog.y > 0 and any(a.do == Verb.SIT for a in s.actions)
    s = _scene("a boy pushing a bicycle")
    pins = sorted((k for k in s.keyframes if k.who.startswith("bicycle")), key=lambda k: k.at)
    walk = next(a for a in s.actions if a.do == Verb.PUSH)  # pushing as it goes, not a plain walk
    assert pins and pins[-1].x is not None and walk.to_x is not None and abs(pins[-1].x - walk.to_x) < 1.5


def test_locative_words_are_not_things() -> None:
    names = [m.name.en for m in plan("一只狗在房子旁边", 10.0).screenplay.cast]
    assert sorted(names) == ["dog", "house"]


def test_staged_depth_is_the_worlds_plane() -> None:
    from kinema.screenplay import Screenplay
    from kinema.world.simulate import SceneWorld

    play: Screenplay = plan("a child in front of a tree", 4.0).screenplay
    w = SceneWorld(play, play.scenes[0])
    lanes = {a.member.id: a.lane for a in w.actors}
    assert lanes["child"] == LANES - 1 and lanes["tree"] == LANES - 2


def test_same_prompt_same_bytes() -> None:
    a = plan("a cat sitting on a chair next to a lamp", 10.0).screenplay.model_dump_json()
    b = plan("a cat sitting on a chair next to a lamp", 10.0).screenplay.model_dump_json()
    assert a == b


def test_a_path_is_not_a_place() -> None:
    """"flies over a castle" is where the flight goes: the dragon keeps flying."""
    assert parse_clause("A dragon flies over a castle").relations == []
    assert parse_clause("A girl runs on the beach while seagulls fly above.").relations == []


def test_a_still_life_is_static() -> None:
    for prompt in ("Still life: a cat on a chair, frozen in time", "静物：一只猫坐在椅子上"):
        s = _scene(prompt)
        assert not s.actions and all(sh.move.value == "static" for sh in s.shots)


def test_a_place_alone_has_its_life_far_off() -> None:
    for prompt in ("a forest at dawn", "海滩"):
        play = plan(prompt, 10.0).screenplay
        scene = play.scenes[0]
        assert play.cast and all(scene.staging[m.id].depth == 2 for m in play.cast)
        assert all(m.appearance.scale < 1 for m in play.cast)
    rain = plan("a forest in the rain", 10.0).screenplay
    assert all(m.archetype.value != "bird" for m in rain.cast)  # birds stay in out of the rain
    assert plan("an empty room", 10.0).screenplay.cast == []


def test_binding_of_clothing_and_coloured_compounds() -> None:
    girl = plan("a girl in a yellow raincoat", 10.0).screenplay.cast
    assert [m.name.en for m in girl] == ["girl"] and girl[0].appearance.tint is not None
    cats = plan("三只黑猫和一只白狗", 10.0).screenplay.cast
    assert sorted(m.name.en for m in cats) == ["cat", "cat", "cat", "dog"]
    assert len({m.appearance.tint for m in cats if m.name.en == "cat"}) == 1


def test_a_person_running_runs() -> None:
    s = plan("a person running", 10.0).screenplay
    assert [m.name.en for m in s.cast] == ["person"] and s.scenes[0].actions[0].do == Verb.RUN


def test_inside_a_vehicle_is_carried_by_it_and_a_board_is_ridden() -> None:
    s = _scene("a man in a car")
    ride = next(a for a in s.actions if a.do == Verb.RIDE)
    assert ride.who == "man" and ride.target == "car"
    s = _scene("a girl riding a skateboard")
    pins = [k for k in s.keyframes if k.who == "skateboard"]
    ride = next(a for a in s.actions if a.do == Verb.RIDE)
    assert len(pins) == 2 and pins[-1].x == ride.to_x


@pytest.mark.parametrize("prompt,who,vehicle", [
    ("A woman paddles a canoe down a river", "woman", "canoe"),
    ("a boy sails a sailboat", "boy", "sailboat"),
    ("A man drives a red car through the city", "man", "car"),
    ("女孩划着一艘帆船", "girl", "sailboat"),
])
def test_working_a_vehicle_rides_in_it(prompt: str, who: str, vehicle: str) -> None:
    """Rowing, sailing or driving a vehicle: the doer is carried by it (not staged metres apart);
    a rower rows seated in it (the world seats a row whose target is a vehicle)."""
    s = _scene(prompt)
    ride = next(a for a in s.actions if a.do in (Verb.RIDE, Verb.ROW) and a.target is not None)
    assert ride.who.startswith(who) and ride.target is not None and ride.target.startswith(vehicle)
    assert s.staging[ride.who].x == s.staging[ride.target].x


def test_a_verb_with_a_thing_after_it_is_not_worked_from_inside() -> None:
    """Only a vehicle named right after the verb carries the doer: a dog that drives sheep does not
    ride them, and a girl who opens a car door stands beside it."""
    for prompt in ("a dog drives the sheep across a field", "A girl opens a car door"):
        assert not [a for a in _scene(prompt).actions if a.do == Verb.RIDE], prompt


def test_a_rower_rows_seated_in_the_boat_that_carries_it() -> None:
    from kinema.world import simulate

    play = plan("A man rows a canoe across the lake", 6.0).screenplay
    scene = play.scenes[0]
    row = next(a for a in scene.actions if a.do == Verb.ROW)
    assert row.target is not None and row.target.startswith("canoe")
    states = list(simulate(play, scene))
    man, canoe = states[-1].entity(row.who), states[-1].entity(row.target)
    first = states[0].entity(row.target)
    assert man is not None and canoe is not None and first is not None
    assert man.verb == "row" and abs(man.x - canoe.x) < 0.5 and man.y > canoe.y  # in it, above its keel
    assert canoe.x - first.x > 3.0  # and it went somewhere with him
