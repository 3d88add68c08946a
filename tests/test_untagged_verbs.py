"""A verb WordNet's corpus never tags, said in its -s form between its subject and a thing, is a
verb, not the thing its noun names ("a chef torches the sugar" lights no torches); its bare form
stays a noun ("Santa's sleigh")."""

from __future__ import annotations

import pytest
from conftest import cast_of as _cast

from kinema.plan import open_lexicon


@pytest.mark.parametrize(("prompt", "absent"), [
    ("A pastry chef torches the sugar on a crème brûlée", "police car light"),
    ("A rickshaw driver pedals through a crowded market", "bicycle"),
    ("someone ladles stew from a cauldron", "spoon"),
])
def test_an_s_form_between_subject_and_object_is_no_thing(prompt: str, absent: str) -> None:
    assert absent not in _cast(prompt)


def test_the_bare_form_stays_a_thing() -> None:
    assert "sled" in _cast("A reindeer pulls Santa's sleigh over the rooftops")
    assert open_lexicon.verb_reading("torches") is not None
