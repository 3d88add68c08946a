"""Issue 20, the Chinese round (tests/data/composition_zh_prompts.yaml): colour words jieba cuts
apart, garments nobody wears, style names inside a longer word, a single-character thing, read
from the planned screenplay."""

from __future__ import annotations

import pytest

from kinema.plan import plan
from kinema.plan.colour_words import colour_run, compound_tint
from kinema.plan.lexicon import COLOURS
from kinema.plan.style_words import take_style
from kinema.screenplay.model import Screenplay


def _play(prompt: str) -> Screenplay:
    return plan(prompt, 10.0).screenplay


def _tints(play: Screenplay) -> dict[str, str | None]:
    return {m.name.en: m.appearance.tint for m in play.cast}


@pytest.mark.parametrize(("word", "colour"), [
    ("粉红", "粉色"),  # pink, not the red its last character names
    ("浅蓝", "蓝色"), ("浅蓝色", "蓝色"), ("深绿色", "绿色"), ("天蓝色", "蓝色"),  # a shade of a hue
    ("金黄色", "金色"), ("银白色", "银色"),  # two hues: the first makes it more than the plain second
    ("红色", None), ("大红", None), ("浅", None), ("白菜", None),  # a plain word, a size, no colour
])
def test_a_word_of_shade_and_hue_characters_names_one_colour(word: str, colour: str | None) -> None:
    assert compound_tint(word) == (COLOURS[colour] if colour else None)


def test_a_colour_jieba_cut_apart_is_read_as_one_run() -> None:
    assert colour_run(["一件", "粉", "红", "的", "裙子"], 1) == (COLOURS["粉色"], 2)
    assert colour_run(["浅", "蓝色", "的", "杯子"], 0) == (COLOURS["蓝色"], 2)
    assert colour_run(["红", "的", "杯子"], 0) is None  # one plain colour word: the parser's own


@pytest.mark.parametrize(("prompt", "thing", "colour"), [
    ("一只粉红的气球", "balloon", "粉色"),
    ("一辆浅蓝色的自行车", "bicycle", "蓝色"),
    ("浅蓝汽车", "car", "蓝色"),  # one token jieba keeps whole, before the thing
    ("一只大红的气球", "balloon", "红色"),  # 大 a size, 红 the colour: both hold
    ("一匹白马", "horse", "白色"),  # 白马: a name whose second character is the same horse
])
def test_compound_colours_tint_the_thing(prompt: str, thing: str, colour: str) -> None:
    assert _tints(_play(prompt))[thing] == COLOURS[colour]


@pytest.mark.parametrize(("prompt", "garment", "colour"), [
    ("一件粉红的裙子", "dress", "粉色"),
    ("一顶绿色的帽子", "hat", "绿色"),
    ("两件红色的毛衣", "t-shirt", "红色"),  # a garment word no entry pictures: by its last character
    ("a red dress", "dress", "red"),
])
def test_a_coloured_garment_nobody_wears_is_filmed_in_its_colour(prompt: str, garment: str,
                                                                 colour: str) -> None:
    play = _play(prompt)
    assert _tints(play)[garment] == COLOURS[colour]


@pytest.mark.parametrize("prompt", ["穿红裙子的女孩", "a girl in a red dress", "一个女孩穿着粉红色的裙子"])
def test_a_garment_someone_wears_still_dresses_them(prompt: str) -> None:
    tints = _tints(_play(prompt))
    assert tints["girl"] is not None
    assert tints.get("dress") is None  # the colour is the wearer's, not a second thing's


def test_a_style_name_inside_a_longer_word_is_no_style() -> None:
    text, style = take_style("一只黑白风筝")  # a black-and-white kite: 风 is the kite's
    assert "风筝" in text and style is not None
    assert take_style("一只黑白相间的猫")[1] is None  # a pattern of two colours, no film look
    assert take_style("黑白风格的城市")[0] == "城市"  # the style's own suffix still goes with it
    assert [m.name.en for m in _play("一只黑白风筝").cast] == ["kite"]


@pytest.mark.parametrize("prompt", ["一个红色的碗", "一个碗", "红色的碗"])
def test_a_thing_in_one_unknown_character_is_never_refused(prompt: str) -> None:
    assert _play(prompt).scenes  # named, if not pictured: the place is filmed, no refusal


def test_a_pusher_pushes_as_it_goes_and_the_cart_goes_ahead() -> None:
    from kinema.world.simulate import simulate

    play = _play("一个工人推着一辆购物车")
    scene = play.scenes[0]
    worker = next(m.id for m in play.cast if m.archetype.value == "human")
    cart = next(m.id for m in play.cast if m.name.en == "shopping cart")
    assert [a.do.value for a in scene.actions if a.who == worker] == ["push"]  # its own motion
    states = list(simulate(play, scene))[12:]
    first, last = states[0].entity(worker), states[-1].entity(worker)
    assert first is not None and last is not None
    assert last.x - first.x > 3.0 and last.verb == "push"  # forward, pushing all the way
    gaps = [c.x - p.x for s in states if (c := s.entity(cart)) is not None and (p := s.entity(worker))]
    assert all(g > 0 for g in gaps)  # ahead of the pusher all the way (its pins are eased, the
    assert 0 < gaps[-1] < 1.5  # walk is not: the gap breathes) and within reach at the end


@pytest.mark.parametrize(("prompt", "kind"), [
    ("一个男孩和一个女孩在拥抱", "hug"), ("a boy and a girl hugging", "hug"),
    ("一个男人和一个女人在打架", "fight"),
])
def test_what_two_do_to_each_other_after_both_names_relates_them(prompt: str, kind: str) -> None:
    from kinema.plan.parse import parse_clause

    assert [r.kind for r in parse_clause(prompt).relations] == [kind]


def test_a_verb_before_the_next_thing_is_not_done_to_each_other() -> None:
    from kinema.plan.parse import parse_clause

    relations = parse_clause("一个男孩和一个女孩在打篮球").relations
    assert ("fight", "girl") not in [(r.kind, r.b.entity.key) for r in relations]


def test_a_verb_object_word_right_after_its_doer_rides() -> None:
    play = _play("一个女孩骑自行车去学校")  # no 在 between: the girl is no modifier of the bicycle
    scene = play.scenes[0]
    girl = scene.staging["girl"]
    assert girl.y is not None and girl.y > 0
    assert any(a.who == "girl" and a.do.value == "ride" for a in scene.actions)


@pytest.mark.parametrize(("prompt", "verb"), [("一个运动员在跳高", "jump"), ("一个女孩在跳水", "dive")])
def test_a_two_character_word_led_by_a_verb_is_that_verb(prompt: str, verb: str) -> None:
    play = _play(prompt)
    assert verb in {a.do.value for a in play.scenes[0].actions}


def test_a_thing_word_in_progress_led_by_a_verb_is_the_verb_and_its_object() -> None:
    play = _play("一个男孩在推车")  # 推车 a cart, but after 在 pushing a car
    assert "push" in {a.do.value for a in play.scenes[0].actions if a.who == "boy"}
    assert "kick" in {a.do.value for a in _play("一个男孩在踢毽子").scenes[0].actions}


@pytest.mark.parametrize(("prompt", "rider", "mount"), [("一个女孩骑在马背上", "girl", "horse"),
                                                        ("一只猴子坐在大象背上", "monkey", "elephant")])
def test_on_an_animals_back_names_the_animal(prompt: str, rider: str, mount: str) -> None:
    scene = _play(prompt).scenes[0]
    assert mount in scene.staging  # 马背上 is the horse's back: the horse is cast
    top, under = scene.staging[rider], scene.staging[mount]
    assert top.y is not None and top.y > (under.y or 0) and abs(top.x - under.x) < 1.5


@pytest.mark.parametrize(("prompt", "thing", "n"), [("a dozen eggs", "egg", 12), ("a couple of dogs", "dog", 2),
                                                    ("twin girls", "girl", 2)])
def test_quantity_words_count_what_follows(prompt: str, thing: str, n: int) -> None:
    play = _play(prompt)
    assert sum(m.appearance.count for m in play.cast if m.name.en == thing) == n


def test_a_couple_alone_is_still_two_people() -> None:
    assert sorted(m.name.en for m in _play("a couple dancing").cast) == ["man", "woman"]


def test_the_chinese_table_is_well_formed() -> None:
    """tests/data/composition_zh_prompts.yaml: catalog names, known values, dev and heldout
    alternating within each category and language (mostly Chinese by design, so no en == zh)."""
    from collections import Counter
    from pathlib import Path

    import yaml

    from kinema.plan import catalog

    rows = yaml.safe_load((Path(__file__).parent / "data" / "composition_zh_prompts.yaml").read_text("utf-8"))
    names = catalog().en_index
    seen: Counter[tuple[str, str]] = Counter()
    for r in rows:
        group = (r["category"], r["lang"])
        assert r["split"] == ("dev" if seen[group] % 2 == 0 else "heldout"), r["prompt"]
        seen[group] += 1
        assert any("\u4e00" <= ch <= "\u9fff" for ch in r["prompt"]) == (r["lang"] == "zh")
        named = set(r.get("objects", [])) | set(r.get("colour", {})) | set(r.get("count", {}))
        for k in ("relation", "interaction"):
            named |= {v for role, v in r.get(k, {}).items() if role in ("a", "b", "c")}
        assert all(n.lower() in names for n in named) and named <= set(r.get("objects", [])), r["prompt"]
        assert all(w in COLOURS for w in r.get("colour", {}).values())
        assert all(isinstance(n, int) and n >= 1 for n in r.get("count", {}).values())
    assert len(rows) >= 100 and {c for c, _ in seen} == {"two_objects", "colour", "count", "relation",
                                                         "person_action", "interaction"}


@pytest.mark.parametrize(("prompt", "thing"), [("a red video game", "video game"),
                                             ("the video game", "video game")])
def test_a_style_name_that_is_all_the_prompt_names_is_its_thing_too(prompt: str, thing: str) -> None:
    play = _play(prompt)
    assert play.style.value == "pixel" and thing in [m.name.en for m in play.cast]


def test_a_style_beside_a_named_place_still_casts_nothing_of_its_words() -> None:
    names = [m.name.en for m in _play("a cyberpunk city").cast]
    assert "technologist" not in names  # the look, not a hacker: the city is what is named


def test_a_pusher_said_to_stroll_walks_and_a_ship_named_after_zai_is_a_place() -> None:
    scene = _play("妈妈推着婴儿车在公园散步").scenes[0]
    assert "walk" in {a.do.value for a in scene.actions}  # 散步: the walk said, the pram along
    names = [m.name.en for m in _play("宇航员在飞船里吃东西").cast]
    assert "ship" not in names  # 飞船 is a name the tables know: in the spaceship, not flying a ship
