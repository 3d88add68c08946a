"""Whose verb it is: a verb said of the weather or an effect is nobody's action (sentences of our own)."""

from __future__ import annotations

from kinema.plan import plan
from kinema.screenplay.model import Verb


def _actions(prompt: str) -> list[tuple[str, Verb]]:
    play = plan(prompt).screenplay
    return [(a.who, a.do) for s in play.scenes for a in s.actions]


def test_snow_falls_is_no_ones_fall() -> None:
    doing = _actions("The accordionist plays on a bridge as snow falls")
    assert all(do != Verb.FALL for _, do in doing)


def test_sparks_fly_is_not_the_car_flying() -> None:
    doing = _actions("A welder repairs a truck at night, sparks fly everywhere")
    assert all(do != Verb.FLY for _, do in doing)


def test_the_weather_said_with_a_locative_leaves_the_verb_to_the_dancer() -> None:
    assert any(do == Verb.DANCE for _, do in _actions("一个女孩在雨中跳舞，雨慢慢停了"))


def test_an_effect_after_its_verb_is_the_object_and_the_doer_goes_on() -> None:
    doing = _actions("一只乌贼喷出一团墨汁逃走了")
    assert any(do in (Verb.FLEE, Verb.SWIM) for _, do in doing)


def test_two_words_one_picture_are_two_members() -> None:
    play = plan("A gull chases a seagull over the harbour").screenplay
    birds = [c.id for c in play.cast if c.archetype == play.cast[0].archetype]
    assert len(birds) >= 2
    doing = _actions("A frigate follows a sailing ship out of the port")
    assert len({who for who, _ in doing}) == 2


def test_the_same_word_again_is_the_same_member() -> None:
    play = plan("A cat sees a mouse and the cat jumps").screenplay
    assert [c.name.en for c in play.cast].count("cat") == 1


def test_one_of_several_is_one_of_them() -> None:
    play = plan("Three otters swim in the river; one dives for a fish").screenplay
    otters = [c.id for c in play.cast if c.name.en == play.cast[0].name.en]
    assert len(otters) == 3
    diving = [a.who for s in play.scenes for a in s.actions if a.do in (Verb.DIVE, Verb.SWIM)]
    assert set(diving) <= set(otters)


def test_it_is_the_creature_named_before_and_never_a_person() -> None:
    play = plan("A horse gallops to the fence. It jumps over a rabbit").screenplay
    assert "person" not in [c.name.en for c in play.cast]
    assert any(a.who == "horse" for a in play.scenes[-1].actions)
    assert [c.name.en for c in plan("It is snowing over the village.").screenplay.cast
            if c.archetype.value == "human" and not c.id.startswith("passer")] == []


def test_a_run_then_a_leap_ends_in_the_leap() -> None:
    play = plan("A boy runs across the yard and jumps into the pool", 8).screenplay
    acts = [a for a in play.scenes[0].actions if a.who == "boy"]
    assert [a.do for a in acts] == [Verb.RUN, Verb.JUMP]
    assert acts[0].until == acts[1].at > 0


def test_who_only_goes_along_does_not_fly_without_wings() -> None:
    play = plan("萤火虫在池塘上飞，一只青蛙在叫").screenplay
    frogs = [c.id for c in play.cast if c.name.en == "frog"]
    assert frogs and not any(a.do == Verb.FLY and a.who in frogs for s in play.scenes for a in s.actions)


def test_a_later_sense_of_cooking_needs_food() -> None:
    for prompt in ("A welder fixes an old truck behind the barn", "爷爷在院子里修理自行车"):
        play = plan(prompt).screenplay
        assert all(a.do != Verb.COOK for s in play.scenes for a in s.actions), prompt
        assert play.scenes[0].setting.place.value != "room", prompt
    play = plan("A grandmother cooks soup in the kitchen").screenplay
    assert any(a.do == Verb.COOK for s in play.scenes for a in s.actions)


def test_a_size_word_on_a_word_only_the_open_vocabulary_knows() -> None:
    play = plan("外婆在院子里晒被子，小外孙在旁边玩").screenplay
    assert len([c for c in play.cast if c.archetype.value == "human" and not c.id.startswith("passer")]) == 2


def test_an_eating_reading_of_a_verb_said_of_a_ball_is_no_eating() -> None:
    play = plan("A tall athlete dunks the basketball").screenplay
    assert all(a.do != Verb.EAT for s in play.scenes for a in s.actions)
    play = plan("A goat devours an old boot").screenplay
    assert any(a.do == Verb.EAT for s in play.scenes for a in s.actions)


def test_a_player_plays_the_instrument_named_with_him() -> None:
    play = plan("A drummer plays a solo while the guitarist jumps").screenplay
    doing = {a.who: a.do for s in play.scenes for a in s.actions}
    assert Verb.DRUM in doing.values() and Verb.STRUM not in doing.values()


def test_a_chase_is_between_the_chaser_and_what_it_chases() -> None:
    play = plan("奶奶在河边遛狗，狗追着一只鸭子跑").screenplay
    chase = [a for s in play.scenes for a in s.actions if a.do == Verb.CHASE]
    assert [(a.who, a.target) for a in chase] == [("dog", "duck")]
    play = plan("a boy chasing a kite across the beach").screenplay
    assert [a.who for s in play.scenes for a in s.actions if a.do == Verb.CHASE] == ["boy"]


def test_a_hugged_kitten_is_held_in_the_arms() -> None:
    play = plan("男孩抱着一只小猫站在门口").screenplay
    held = [a for s in play.scenes for a in s.actions if a.who == "boy"]
    assert held and held[0].target == "cat" and held[0].do != Verb.APPROACH
    play = plan("A mother hugs her daughter").screenplay  # a person is hugged, not lifted
    assert any(a.do == Verb.APPROACH for s in play.scenes for a in s.actions)


def test_an_english_passive_gives_the_verb_to_the_one_after_by() -> None:
    play = plan("The rabbit is chased by a fox").screenplay
    chase = [(a.who, a.target) for s in play.scenes for a in s.actions if a.do == Verb.CHASE]
    assert chase == [("fox", "rabbit")]
    assert "person" not in [c.name.en for c in play.cast]  # "chased" is no hunted person
    play = plan("Little boats are tossed around by the waves").screenplay
    assert all(a.do not in (Verb.THROW, Verb.WAVE) for s in play.scenes for a in s.actions)


def test_a_bare_plural_is_several() -> None:
    def kinds(prompt: str) -> list[str]:
        return [c.name.en for c in plan(prompt).screenplay.cast if not c.id.startswith(("set-", "passer"))]
    assert kinds("Foxes play in the snow").count("fox") == 3
    assert kinds("小朋友们在操场上跑步").count("child") == 3
    assert kinds("A fox plays in the snow").count("fox") == 1
    assert kinds("A bowl of noodles on a table").count("noodles") == 1  # contents, not three bowls


def test_an_animals_parent_and_young_are_that_animal() -> None:
    def cast(prompt: str) -> list[tuple[str, float]]:
        return [(c.name.en, c.appearance.scale) for c in plan(prompt).screenplay.cast
                if not c.id.startswith(("set-", "passer"))]
    tigers = cast("A mother tiger licks her cub in the grass")
    assert [k for k, _ in tigers].count("tiger") == 2 and tigers[1][1] < tigers[0][1]
    monkeys = cast("猴子妈妈抱着它的宝宝坐在树上")
    assert [k for k, _ in monkeys if k != "tree"] == ["monkey", "monkey"]
    assert "woman" in [k for k, _ in cast("A mother and her baby walk in the park")]  # people stay people


def test_an_aspect_particle_inside_a_weather_word() -> None:
    play = plan("老人在窗边看书，外面下着雪").screenplay
    assert play.scenes[0].setting.weather is not None and play.scenes[0].setting.weather.value == "snow"


def test_two_who_fight_fight_each_other_not_the_horse() -> None:
    play = plan("Two knights duel on horseback in front of a castle").screenplay
    blows = {(a.who, a.target) for s in play.scenes for a in s.actions if a.do == Verb.PUNCH}
    assert blows and all(who.startswith("man") and str(target).startswith("man") for who, target in blows)
