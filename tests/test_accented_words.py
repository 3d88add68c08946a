"""Words with accents stay whole words (a tokeniser that cut "crème" into "cr", "è", "me" lost
them); one no table knows as written is read without its accents (WordNet's creme brulee), and a
multiword plural is read by its singular."""

from __future__ import annotations

import pytest
from conftest import cast_of as _cast

from kinema.plan import parse


def test_accented_words_are_whole_tokens() -> None:
    assert parse.tokens("Kids smash a piñata at the café") == \
        ["kids", "smash", "a", "piñata", "at", "the", "café"]
    assert parse.tokens("a crème brûlée") == ["a", "creme", "brulee"]


@pytest.mark.parametrize(("prompt", "want"), [
    ("A chef slices a jalapeño", "hot pepper"),
    ("A pastry chef torches the sugar on a crème brûlée", "custard"),
    ("A pastry chef lines up six crème brûlées", "custard"),
    ("Kids smash a piñata at the party", "piñata"),
])
def test_accented_names_are_cast(prompt: str, want: str) -> None:
    assert want in _cast(prompt)
