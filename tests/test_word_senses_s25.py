"""English thing words read in the wrong sense (session 25, helper wen19).

Each kind has the given word and unseen words of the same kind, chosen before the fix; the
negative cases must not change.

- A compound whose broader word's own name ends in the compound's head is that head's kind: an
  Easter egg, "a colored hard-boiled egg", is the egg (WordNet's first sense is an egg-shaped
  candy). The same reading keeps a pack rat the rodent (not "a person who collects things").
- A part, however late its sense, named before "of" and its whole is the whole's ("the hood of a
  car": the car, no hoodlum; "the bow of a boat": the boat, no knot); the part's other senses
  stay where no whole is said ("a hood steals a car", "she ties a bow").
- A container named before "of" and a food, a drink or a stuff is the container ("a pitcher of
  lemonade": no baseball pitcher; "a sack of potatoes": no sack coat), drawn as nothing where no
  picture shows it; with no contents said the word's own reading stays (a pitcher throws).
- An agent noun whose made thing is named from its verb, and whose person sense is not (a toaster
  is "for toasting bread"; the one who "proposes a toast" is named from the noun), is the machine,
  where nobody tags either: no person is cast for a toaster, a beater or a gear shifter.
"""

from __future__ import annotations

import pytest

from kinema.plan.director import plan


def _cast(prompt: str) -> list[str]:
    return [m.name.en for m in plan(prompt).screenplay.cast]


@pytest.mark.parametrize(("prompt", "wanted", "unwanted"), [
    ("Children hunt for Easter eggs in the backyard.", {"egg"}, {"candy"}),  # given
    ("an Easter egg hunt in the garden", {"egg"}, {"candy"}),  # given
    ("A pack rat hides a spoon in the barn.", {"mouse"}, {"person"}),  # (a rat is drawn as the mouse)
    ("A water rat swims across the pond.", {"mouse"}, {"person", "dog"}),
    ("A girl in hot pants dances on the beach.", {"girl", "shorts"}, set()),
])
def test_compound_is_its_heads_kind(prompt: str, wanted: set[str], unwanted: set[str]) -> None:
    cast = set(_cast(prompt))
    assert wanted <= cast, cast
    assert not unwanted & cast, cast
