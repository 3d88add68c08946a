"""English thing words the planner left unread (issue 13, session 21).

A closed noun WordNet knows ("houseplant", "dragonfly") was read only through `parse._closed_head`,
which takes a word in the one form WordNet lists and a head that is itself a catalog name:
"houseplants" (a plural, and a head pictured as the potted plant) and "dragonflies" were cast as
nothing. The builder now lists such a word, in all its forms, as the picture its head names, where
its first sense lies under the sense that picture shows (or a near kind of it, a dragonfly and a
fly). Words whose head is another word's homonym stay unread or keep their reading (a protractor
is no tractor, a bedspring no spring of water). Plural handbells stay unread: the bell picture's
sense is not theirs."""

from __future__ import annotations

import re

import pytest

from kinema.plan.director import plan


def _cast(prompt: str) -> set[str]:
    return {re.sub(r"-\d+$", "", c.id) for c in plan(prompt).screenplay.cast}


# Given (the table's houseplants) and unseen words of the same kind: a closed noun WordNet knows,
# in a form or at a head the parser's closed reading did not reach.
READ = [
    ("She waters the houseplants while the cat sleeps.", "potted-plant"),
    ("She waters a houseplant on the sill.", "potted-plant"),
    ("Two dragonflies hover over the pond.", "fly"),
    ("A girl collects seashells on the beach.", "spiral-shell"),
    ("The lumberjack starts his chainsaws.", "carpentry-saw"),
    ("The workers run their jackhammers on the road.", "hammer"),
    ("Mayflies dance above the river.", "fly"),
    ("The drummer tunes the kettledrums.", "drum"),
]


@pytest.mark.parametrize(("prompt", "key"), READ)
def test_a_closed_noun_is_its_heads_picture_in_every_form(prompt: str, key: str) -> None:
    assert key in _cast(prompt), _cast(prompt)


# What must not change: a head that is only a homonym (a protractor no tractor, a sandbank no
# a bedspring no fountain), and words with a reading of their own.
NOT = [
    ("A teacher holds a protractor.", "tractor"),
    ("The old bedspring creaks.", "fountain"),
    ("The watchmaker winds the mainspring.", "fountain"),
    ("The airlock opens slowly.", "locked"),
]


@pytest.mark.parametrize(("prompt", "key"), NOT)
def test_a_homonym_head_is_not_cast(prompt: str, key: str) -> None:
    assert key not in _cast(prompt), _cast(prompt)


KEPT = [
    ("A handbell rings on the desk.", "bell"),
    ("A clownfish hides in the coral.", "fish"),
    ("A cat sleeps under the potted plant.", "potted-plant"),
    ("A man plants a tree.", "tree"),
]


@pytest.mark.parametrize(("prompt", "key"), KEPT)
def test_readings_that_worked_stay(prompt: str, key: str) -> None:
    assert key in _cast(prompt), _cast(prompt)
