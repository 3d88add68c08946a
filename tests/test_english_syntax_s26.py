"""English syntax as first-time users type it (session 26, helper wenp20).

Each kind has the prompt the probe table (tests/data/probe_en_s26.yaml) failed on and unseen
prompts of the same kind, written before the fix; the negative cases must not change.

- A person's possessive before a vehicle is its owner, who is cast ("the astronaut's spaceship",
  "the pilot's plane"); a person word right before a vehicle with no possessive still only says
  which vehicle ("a police car", "a passenger plane").
- A garment said of the subject ends the subject's phrase: the word after it, an -s form before
  its object, is the verb ("a woman in a red coat hails a cab": no hail storm; "a girl in a yellow
  dress plants a tree": no potted plant). After a determiner the -s form is still a thing.
- A plural creature or person after "of" is several, whatever the word before "of" ("a litter of
  puppies", "a box of kittens", "a gaggle of geese"): the "a" counts the litter, not the puppies.
  Food after "of" stays one dish (a bowl of noodles, a bunch of grapes).
- A verb after a subject's describing phrase is the subject's ("a man in a boat rows": the man,
  not the boat; "a girl on a bike waves": not the bike).
- An -s form that ends its clause right after the whole subject is its verb ("the dog barks": no
  bark as a thing; "the man in the red hat waves": no water wave).
- A request to the film-maker names no one in the film ("Show me ...", "Can you make a video
  of ...", "I'd like a clip of ...", "footage of ..."): no person for "me", no videocassette.
- A kind named again after "another", "other" or "a" in the same clause is a new one ("a cat
  chases another cat", "a boy pushes a boy": two); after "the" it is the one named, unless a size
  tells them apart, a comparative or superlative too ("the bigger fish eats the smaller fish").
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from kinema.plan.catalog import catalog
from kinema.plan.director import plan

PROBE = Path(__file__).parent / "data" / "probe_en_s26.yaml"


def _cast(prompt: str) -> list[str]:
    return [m.name.en for m in plan(prompt).screenplay.cast]


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("the astronaut's spaceship crashes on a red planet", {"astronaut", "rocket"}, set()),  # given
    ("the pilot's plane lands on the runway", {"pilot", "airplane"}, set()),
    ("the farmer's truck gets stuck in the mud", {"farmer", "truck"}, set()),
    ("A policeman's car chases a thief down the street.", {"police officer", "car"}, set()),
    ("The fisherman’s boat drifts out to sea", {"person"}, set()),  # (a fisherman is drawn as a person)
    # negatives: a person word before a vehicle with no possessive says which vehicle
    ("A police car chases a thief down the street.", set(), {"police officer"}),
    ("a passenger plane lands on the runway", {"airplane"}, {"person"}),
])
def test_possessive_owner_of_a_vehicle(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast, cast
    assert not unwanted & cast, cast


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("a woman in a red coat hails a cab outside the subway station", {"woman", "taxi"},
     {"cloud with snow"}),  # given
    ("a man in a black suit hails a taxi", {"man", "taxi"}, {"cloud with snow"}),
    ("a girl in a yellow dress plants a tree", {"girl", "tree"}, {"potted plant"}),
    ("a man with a hat hails a taxi", {"man", "taxi"}, {"cloud with snow"}),
    ("the boy in a green jacket brushes the horse", {"boy", "horse"}, set()),
    # negatives: after a determiner the -s form is the thing
    ("a woman in a raincoat waters the plants", {"woman", "potted plant"}, set()),
    ("hail falls on a man in a coat", {"man"}, set()),
])
def test_verb_after_a_garment(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast, cast
    assert not unwanted & cast, cast


def test_garment_verb_is_the_subjects() -> None:
    play = plan("the boy in a blue cap kicks the ball").screenplay
    doers = {a.who for s in play.scenes for a in s.actions if a.do.value == "kick"}
    assert doers and all(not d.startswith("billed") for d in doers), doers


@pytest.mark.parametrize(("prompt", "many"), [
    ("a litter of puppies sleeps in a basket", "dog"),  # the kind the probe's plurals showed
    ("a litter of kittens plays with yarn", "cat"),
    ("a box of kittens sits by the door", "cat"),
    ("a gaggle of geese crosses the road", "goose"),
    ("a basket of puppies sits on the porch", "dog"),
    ("a pride of lions rests under a tree", "lion"),
])
def test_plural_after_of_is_several(prompt: str, many: str) -> None:
    assert Counter(_cast(prompt))[many] > 1, _cast(prompt)


@pytest.mark.parametrize(("prompt", "one"), [
    ("she drops a bowl of noodles", "noodles"),
    ("a bunch of grapes sits on the table", "grapes"),
    ("a puppy sleeps in a basket", "dog"),
])
def test_food_after_of_stays_one(prompt: str, one: str) -> None:
    assert Counter(_cast(prompt))[one] == 1, _cast(prompt)


@pytest.mark.parametrize(("prompt", "doer", "verb"), [
    ("a man in a boat rows across the lake", "man", "row"),
    ("a girl on a bike waves at her mom", "girl", "wave"),
    ("a cat in a box watches the birds", "cat", "look"),
    ("the man in the red hat waves", "man", "wave"),  # (a garment ends the phrase)
])
def test_verb_is_the_subjects_across_its_phrase(prompt: str, doer: str, verb: str) -> None:
    play = plan(prompt).screenplay
    doers = {a.who for s in play.scenes for a in s.actions if a.do.value == verb}
    assert doers == {doer}, doers


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("the dog barks", {"dog"}, {"ginger root"}),  # the kind "hails" showed: an -s form read as a thing
    ("the man in the red hat waves", {"man"}, {"water wave"}),
    ("a man with a dog waves", {"man", "dog"}, {"water wave"}),
    ("a man shovels snow off the driveway", {"man"}, set()),  # a bare mass noun is the -s form's object
    # negatives: a plural thing after a subject and a preposition, or after a verb, stays a thing
    ("a farmer with goats", {"farmer", "goat"}, set()),
    ("a man plants flowers", {"man", "flower"}, set()),
    ("she picks flowers", {"flower"}, set()),
])
def test_s_form_ending_its_clause(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast, cast
    assert not unwanted & cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("Show me a girl eating a slice of watermelon", {"girl", "watermelon"}),  # the probe's form
    ("Can you show me a robot dancing", {"robot"}),
    ("Give me a video of a cat sleeping", {"cat"}),
    ("I'd like a video of a horse", {"horse"}),
    ("Make a short video of a fox in the snow", {"fox"}),
    ("please show me two cats playing", {"cat"}),
    ("footage of a bear fishing", {"bear"}),
    ("Create a scene where a boy flies a kite", {"boy", "kite"}),
])
def test_request_names_no_one(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= set(cast), cast
    assert not {"person", "videocassette"} & set(cast), cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("I walk my dog in the park", {"person", "dog"}),  # a speaker who does something is in the film
    ("a girl films a video of her cat", {"girl", "cat"}),
    ("a man watches a movie with his son", {"man", "boy"}),
    ("you and me dance in the rain", {"person"}),
])
def test_speakers_in_the_story_stay(prompt: str, wanted: set[str]) -> None:
    assert wanted <= set(_cast(prompt)), _cast(prompt)


@pytest.mark.parametrize(("prompt", "kind", "many"), [
    ("a cat chases another cat", "cat", 2),  # the kind "the bigger fish eats the smaller fish" showed
    ("one robot fights another robot", "robot", 2),
    ("a boy pushes a boy into the pool", "boy", 2),
    ("a dog chases the other dog around the yard", "dog", 2),
    ("a man hugs a man at the airport", "man", 2),
    ("the bigger fish eats the smaller fish", "fish", 2),  # a comparative is a size: two fish
    ("the biggest elephant pushes the tinier elephant", "elephant", 2),
    # negatives: "the" goes back to the one named; two clauses' "a dog" and "the dog" are one
    ("a cat sleeps and the cat wakes", "cat", 1),
    ("a dog digs a hole and the dog barks", "dog", 1),
])
def test_another_of_a_kind(prompt: str, kind: str, many: int) -> None:
    assert Counter(_cast(prompt))[kind] == many, _cast(prompt)


@pytest.mark.parametrize("prompt", ["a man shovels snow off the driveway",
                                    "a boy in a red jacket shovels snow"])
def test_s_form_before_a_mass_noun_is_the_verb(prompt: str) -> None:
    cast = _cast(prompt)
    assert Counter(cast)["shovel"] <= 1, cast  # the one shovel dug with, not three shovels
    play = plan(prompt).screenplay
    assert any(a.do.value == "dig" for s in play.scenes for a in s.actions), cast


def test_probe_table_shape() -> None:
    """The probe's rows: English, dev, 5 per category, each named word in its prompt and pictured."""
    rows = yaml.safe_load(PROBE.read_text(encoding="utf-8"))
    names = set(catalog().en_index)
    assert len(rows) == 100 and set(Counter(r["category"] for r in rows).values()) == {5}
    for r in rows:
        assert r["lang"] == "en" and r["split"] == "dev" and 1 <= len(r["named"]) <= 3, r["prompt"]
        for item in r["named"]:
            assert item["word"] in r["prompt"] and item["any"] and set(item["any"]) <= names, item
