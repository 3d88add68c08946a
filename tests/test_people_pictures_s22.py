"""People drawn as what their words say, session 22.

A reigning king, queen, emperor or czar is the person with a crown, in both languages.

WordNet files kings, emperors, czars and shahs under the sovereign, and the queen who reigns under
female aristocrats; the picture of a person wearing a crown (🫅) stands for them all. A prince and a
princess keep their own pictures; a queen bee and a monarch butterfly are no monarchs; a chess king
or a ruler for lines is no one.

A teenager is drawn grown, as a person (the child's picture is a small kid); a toddler (a baby), a kid or a
schoolboy stays young."""

from __future__ import annotations

import pytest
from conftest import cast_of

CROWN = "person with crown"


@pytest.mark.parametrize("prompt", [
    "A medieval knight kneels before the queen and offers his sword.",
    "The king walks through the great hall",
    "An emperor sits on his throne",
    "The czar rides into the square",
    "The empress waves from the balcony",
    "皇帝坐在龙椅上",
    "国王走进了大厅",
])
def test_a_sovereign_wears_the_crown(prompt: str) -> None:
    assert CROWN in cast_of(prompt), cast_of(prompt)


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("A prince rides a white horse", "prince"),
    ("The princess dances at the ball", "princess"),
    ("A monarch butterfly lands on a flower", "butterfly"),
])
def test_other_royals_and_namesakes_keep_their_pictures(prompt: str, wanted: str) -> None:
    cast = cast_of(prompt)
    assert wanted in cast and CROWN not in cast, cast


@pytest.mark.parametrize("prompt", [
    "A teenager vacuums the stairs with headphones on.",
    "Two teenagers skateboard down the hill",
    "An adolescent reads in the library",
])
def test_a_teenager_is_drawn_grown(prompt: str) -> None:
    cast = cast_of(prompt)
    assert "person" in cast and "child" not in cast, cast


@pytest.mark.parametrize(("prompt", "young"), [
    ("A toddler stacks blocks on the rug", "baby"),
    ("A kid kicks a ball in the yard", "child"),
    ("A schoolboy runs to the bus", "boy"),
])
def test_young_children_stay_young(prompt: str, young: str) -> None:
    assert young in cast_of(prompt), cast_of(prompt)
