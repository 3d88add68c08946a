"""English things the planner did not cast, or cast wrongly (session 19, helper wen13), by kind: a
thing named by a word its sentence makes a pictured kind of ("the stone" of a curling team is the
curling stone, a diver's mask the diving mask); a verb's own tool not cast beside the one the
sentence says it is done "with" (chopping with an axe is no kitchen knife); a word too broad for one
picture not drawn as one of its kinds (a container is no money bag, a pitcher no container's).
The given words and, for each kind, words of the same kind chosen before the fix; the negative
cases must not change."""

from __future__ import annotations

import pytest
from conftest import cast_set as _cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    # given
    ("Curling team sweeps furiously as the stone slides toward the house", "curling stone"),
    ("A curler sweeps furiously in front of the sliding stone", "curling stone"),
    ("A free diver sinks along a rope; an octopus reaches out to touch her mask", "diving mask"),
    # unseen, chosen before the fix: a hiker's boots, a boxer's gloves, a ballet dancer's shoes,
    # a police officer's car, a racer's car, divers' masks
    ("A hiker sits on a rock to lace up his boots", "hiking boot"),
    ("A boxer pulls on his gloves before the bell", "boxing glove"),
    ("A ballet dancer ties her shoes backstage", "ballet shoes"),
    ("A police officer leans against the car and yawns", "police car"),
    ("The racer climbs into his car before the start", "racing car"),
    ("Two divers check each other's masks on the boat", "diving mask"),
])
def test_a_thing_is_the_kind_its_sentence_says(prompt: str, wanted: str) -> None:
    cast = _cast(prompt)
    assert wanted in cast, cast


@pytest.mark.parametrize(("prompt", "kept", "not_cast"), [
    # a word of the sentence that is a thing of its own does not make another thing its kind
    ("A kid kicks a ball across the rice field", "ball", "rice ball"),
    ("Confetti falls as the children kick a ball", "ball", "confetti ball"),
    ("A man drives his car past the police station", "automobile", "police car"),
    ("A stone wall runs along the lane", "brick", "curling stone"),
])
def test_a_thing_stays_itself_where_nothing_says_its_kind(prompt: str, kept: str, not_cast: str) -> None:
    cast = _cast(prompt)
    assert not_cast not in cast, cast


@pytest.mark.parametrize(("prompt", "named", "default"), [
    # given
    ("A man chops a log with an axe", "axe", "kitchen knife"),
    # unseen, chosen before the fix
    pytest.param("A woman sweeps the porch with a rake", None, "broom", marks=pytest.mark.xfail(
        reason="a rake is no libertine since s23, but reads nothing as a noun: its verb (sweep) keeps a broom",
        strict=True)),
    ("A boy digs in the sand with a spoon", "spoon", "shovel"),
    ("She paints the fence with a sponge", "sponge", "paintbrush"),
    ("A girl writes her name with a crayon", None, "pencil"),
])
def test_a_verb_done_with_a_named_thing_casts_no_tool_of_its_own(prompt: str, named: str | None,
                                                                   default: str) -> None:
    cast = _cast(prompt)
    assert default not in cast, cast
    if named is not None:
        assert named in cast, cast


@pytest.mark.parametrize(("prompt", "tool"), [
    # no thing it is done with: the verb's own tool, so the action reads as itself
    ("A man chops onions in the kitchen", "kitchen knife"),
    ("A woman sweeps the floor", "broom"),
    # "with" said of the doer (what he has), not of the doing
    ("A man with a hat chops onions", "kitchen knife"),
    ("An old woman with a basket sweeps the yard", "broom"),
])
def test_a_verb_keeps_its_tool_where_nothing_is_said_to_do_it(prompt: str, tool: str) -> None:
    cast = _cast(prompt)
    assert tool in cast, cast


@pytest.mark.parametrize(("prompt", "wrong"), [
    # given
    ("Cranes unload shipping containers from a cargo ship.", "money bag"),
    ("She pours lemonade from a pitcher", "money bag"),
    # unseen, chosen before the fix: words WordNet files too broad for one picture
    ("A strange vehicle waits at the gate", "rocket"),
    ("The climbers check their equipment at the camp", "satellite"),
    ("He puts the device on the table", "folding hand fan"),
    ("A tall structure rises over the town", "bridge at night"),
])
def test_a_word_too_broad_for_one_picture_is_no_kind_of_it(prompt: str, wrong: str) -> None:
    cast = _cast(prompt)
    assert wrong not in cast, cast


@pytest.mark.parametrize(("prompt", "kept"), [
    # a narrow word is still drawn as its one pictured kind
    ("A dinosaur roams the valley", "t-rex"),
    ("A bag of flour sits on the counter", "money bag"),
    ("A bird pecks at the fruit", "bird"),
])
def test_a_narrow_word_keeps_its_kind(prompt: str, kept: str) -> None:
    cast = _cast(prompt)
    assert kept in cast, cast
