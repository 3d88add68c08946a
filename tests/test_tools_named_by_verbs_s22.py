"""A verb named after the tool it is done with is done holding that tool, session 22.

"A carpenter saws a plank" is sawing: the carpenter holds the saw (🪚), not the kitchen knife the
world's cutting holds by default. The noun must be a picture of a tool (WordNet's tool: a saw, an
axe, a hammer, a shovel); a verb named after anything else casts nothing of its own ("the
astronaut plants a flag" casts no potted plant)."""

from __future__ import annotations

import pytest
from conftest import cast_of


@pytest.mark.parametrize(("prompt", "tool", "instead"), [
    ("a carpenter saws a plank in a dusty workshop", "carpentry saw", "kitchen knife"),
    ("A man saws a log in the yard", "carpentry saw", "kitchen knife"),
    ("The old woodcutter saws through a thick branch", "carpentry saw", "kitchen knife"),
])
def test_a_verb_named_after_a_tool_holds_that_tool(prompt: str, tool: str, instead: str) -> None:
    cast = cast_of(prompt)
    assert tool in cast and instead not in cast, cast


@pytest.mark.parametrize(("prompt", "unwanted"), [
    ("The astronaut plants a flag on the hill", {"potted plant"}),
    ("A chef chops onions in the kitchen", {"carpentry saw"}),
])
def test_other_verbs_cast_no_tool_of_their_name(prompt: str, unwanted: set[str]) -> None:
    cast = set(cast_of(prompt))
    assert not cast & unwanted, cast
