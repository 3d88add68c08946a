"""Session 18 (lead): a word's sense by its sentence, a body part its owner's, a thing named by its
part once. Prompts written before the code; keys are catalog pictures."""

import pytest

from kinema.plan.director import plan


def _keys(prompt: str) -> list[str]:
    return [m.name.en for m in plan(prompt).screenplay.cast if not m.id.startswith("set-")]


# An animal's word read as a made thing where the sentence says the thing's world.
@pytest.mark.parametrize(("prompt", "want", "not_want"), [
    ("She clicks the mouse and the computer screen lights up", "computer mouse", "mouse"),
    ("He drags the mouse across the pad and clicks the icon on the computer screen", "computer mouse", "mouse"),
])
def test_a_creature_word_in_a_made_thing_sentence(prompt: str, want: str, not_want: str) -> None:
    keys = _keys(prompt)
    assert want in keys and not_want not in keys, keys


def test_a_lifting_crane_is_a_machine() -> None:
    keys = _keys("A crane lifts steel beams at the construction site")
    assert "bird" not in keys and {"elevator", "building construction"} & set(keys), keys


@pytest.mark.parametrize(("prompt", "want"), [
    ("A bat flies out of the cave at dusk", "bat"),
    ("A mouse nibbles cheese in the kitchen", "mouse"),
    ("A crane wades through the marsh looking for frogs", "bird"),
    ("The seal claps its flippers on the rocks", "seal"),
])
def test_creatures_stay_creatures(prompt: str, want: str) -> None:
    assert want in _keys(prompt)


# "the blade of his sword": one sword.
@pytest.mark.parametrize(("prompt", "key"), [
    ("The knight sharpens the blade of his sword", "crossed swords"),
    ("He polishes the wheel of his bicycle", "bicycle"),
])
def test_a_part_of_a_named_whole_is_that_whole_once(prompt: str, key: str) -> None:
    assert _keys(prompt).count(key) == 1, _keys(prompt)


# A place's word after a verb that handles it is the thing (a ring slipped onto a finger).
def test_a_handled_ring_is_the_jewel() -> None:
    result = plan("He slips the ring onto her finger at the altar").screenplay
    assert "💍" in [m.asset.emoji for m in result.cast]
    assert result.scenes[0].setting.place.value != "ring"


def test_her_ring_is_the_jewel() -> None:
    assert "💍" in [m.asset.emoji for m in plan("She shows her ring to her friends").screenplay.cast]


def test_boxers_in_the_ring_keep_the_place() -> None:
    assert plan("Two boxers fight in the ring").screenplay.scenes[0].setting.place.value == "ring"


# A -s form after he, she, it or who is its verb, not a plural thing.
@pytest.mark.parametrize(("prompt", "noun"), [
    ("He scrolls through the news on his phone", "scroll"),
    ("She files the report before lunch", "file folder"),
])
def test_an_s_form_after_a_subject_pronoun_is_a_verb(prompt: str, noun: str) -> None:
    assert noun not in _keys(prompt)


# "a movie star" is a person: the star's own sense of a performer, not a figure of speech.
def test_a_movie_star_is_a_person() -> None:
    keys = _keys("A movie star waves to fans on the red carpet")
    assert "star" not in keys and "person" in keys, keys


@pytest.mark.parametrize(("prompt", "key"), [("A lone wolf howls at the moon", "wolf"),
                                             ("A couch potato watches TV all day", "potato")])
def test_figures_of_speech_stay_their_pictures(prompt: str, key: str) -> None:
    assert key in _keys(prompt)


# A gendered pronoun that cannot stand for anyone named before is someone of its own.
@pytest.mark.parametrize(("prompt", "want"), [
    ("He hands her a red rose", ["man", "woman"]),
    ("他捧着一大束玫瑰，在楼下等她下班", ["man", "woman"]),
    ("A woman walks along the river. He follows her", ["woman", "man"]),
    ("The boy waves. She waves back", ["boy", "woman"]),
])
def test_a_pronoun_of_the_other_sex_is_someone_new(prompt: str, want: list[str]) -> None:
    people = [k for k in _keys(prompt) if k in ("man", "woman", "boy", "girl", "person")]
    assert people == want, people


@pytest.mark.parametrize(("prompt", "people"), [
    ("She brushes her hair by the window", 1),
    ("The girl and her mother walk home", 2),
    ("A man walks his dog. He throws a ball", 1),
])
def test_a_pronoun_of_the_same_sex_is_the_one_named(prompt: str, people: int) -> None:
    result = plan(prompt).screenplay
    assert sum(m.archetype.value == "human" for m in result.cast) == people


# A picture whose own name ends in -s is one thing, not several.
@pytest.mark.parametrize(("prompt", "key"), [("A man in jeans waits for the bus", "jeans"),
                                             ("She cuts the ribbon with scissors", "scissors"),
                                             ("A skier pulls down his goggles", "goggles")])
def test_a_picture_named_in_the_plural_is_one(prompt: str, key: str) -> None:
    assert _keys(prompt).count(key) == 1, _keys(prompt)


def test_plurals_are_still_several() -> None:
    assert _keys("wolves howl at the moon").count("wolf") == 3


# A verb the world cannot show, standing as a verb, is no thing either (even where nothing else reads it).
@pytest.mark.parametrize(("prompt", "noun"), [
    ("A crowd cheers as the marathon runner crosses the finish line", "orthodox cross"),
    ("The old sailor ties the rope to the dock", "necktie"),
])
def test_an_unshown_verb_after_its_subject_casts_no_thing(prompt: str, noun: str) -> None:
    assert noun not in _keys(prompt), _keys(prompt)


# A Chinese word ending in a doer's character whose first gloss reads as a thing is that doer.
@pytest.mark.parametrize("prompt", ["清洁工晚上在学校走廊拖地", "偷渡者爬上一艘货船", "印刷者在工厂里忙碌"])
def test_a_doer_word_read_as_a_thing_is_a_person(prompt: str) -> None:
    keys = _keys(prompt)
    assert "person" in keys and "soap" not in keys, keys


def test_a_country_ending_so_stays_the_country() -> None:
    assert "maldives" in _keys("马尔代夫的海滩上，椰子树随风摇摆")


# A wave is the water wave, in English and Chinese, not a greeting nor a punch.
@pytest.mark.parametrize("prompt", ["A surfer paddles out as a huge wave rolls in",
                                    "The waves crash against the lighthouse",
                                    "海浪拍打着岩石", "一个大浪打过来，小船晃了晃"])
def test_a_wave_is_the_water_wave(prompt: str) -> None:
    assert "water wave" in _keys(prompt), _keys(prompt)


def test_a_waving_hand_is_still_a_wave() -> None:
    result = plan("A girl waves goodbye to her grandmother").screenplay
    assert "water wave" not in [m.name.en for m in result.cast]
    assert any(a.do.value == "wave" for s in result.scenes for a in s.actions)


# A plural opening its clause before a verb is what does it, not a verb with no subject.
@pytest.mark.parametrize(("prompt", "key"), [("Waves crash on the rocks", "water wave"),
                                             ("Leaves fall from the old oak", "fallen leaf"),
                                             ("Flies buzz around the trash can", "fly")])
def test_a_plural_opening_its_clause_is_the_subject(prompt: str, key: str) -> None:
    assert key in _keys(prompt), _keys(prompt)


# 一家四口: 口 counts a household's people.
@pytest.mark.parametrize(("prompt", "people"), [("一家四口在公园野餐", 4),
                                                ("一辆摩托车载着一家三口在乡间小路上颠簸", 3)])
def test_a_household_counted_by_kou_is_its_people(prompt: str, people: int) -> None:
    result = plan(prompt).screenplay
    assert sum(m.archetype.value == "human" for m in result.cast) == people


@pytest.mark.parametrize("prompt", ["他喝了两口水", "村里有一口井"])
def test_other_counts_by_kou_are_no_people(prompt: str) -> None:
    result = plan(prompt).screenplay
    assert sum(m.archetype.value == "human" for m in result.cast) <= 1


def test_a_surfer_riding_a_wave_surfs_it() -> None:
    result = plan("A surfer rides a big wave").screenplay
    assert "water wave" in [m.name.en for m in result.cast]
    assert [a.do.value for s in result.scenes for a in s.actions] == ["surf"]


# A word whose own reading is a picture already named reads as the sense its sentence says.
def test_fries_eaten_by_a_kid_are_french_fries() -> None:
    keys = _keys("A kid eats fries at the beach")
    assert keys.count("child") == 1 and "french fries" in keys, keys
