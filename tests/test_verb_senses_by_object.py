"""A verb whose world meaning holds a tool reads its other senses by its object (lang `vx`/`vt`,
from WordNet's glosses and examples): "draws his sword" is to "draw a weapon", no pencil; "rings
the bell" makes "(bells)" ring, no telephone; "plants a flag" plants no "(seeds, seedlings, or
plants)", no shovel. Where the object fits the tool's sense, the tool is still cast."""

from __future__ import annotations

import pytest
from conftest import cast_of


@pytest.mark.parametrize(("prompt", "tool"), [
    ("A knight draws his sword and charges the dragon", "pencil"),
    ("A monk rings the temple bell at dawn", "mobile phone"),
    ("The explorer plants a flag on the summit", "shovel"),
])
def test_another_sense_casts_no_tool(prompt: str, tool: str) -> None:
    assert tool not in cast_of(prompt)


@pytest.mark.parametrize(("prompt", "tool"), [
    ("A girl draws a cat", "pencil"),
    ("A farmer plants a tree", "shovel"),
    ("A boy rings his grandmother", "mobile phone"),
])
def test_the_tools_sense_keeps_its_tool(prompt: str, tool: str) -> None:
    assert tool in cast_of(prompt)
