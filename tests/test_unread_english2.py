"""English nouns no table reads, by general mechanisms: an agent noun WordNet 3.0 lacks
(barista, fashionista) is a person by its suffix."""
from conftest import short_cast

from kinema.plan.parse import _lookup


def _cast(prompt: str) -> set[str]:
    return set(short_cast(prompt))


def test_agent_suffix_person() -> None:
    for word in ("barista", "baristas", "fashionista", "vlogist"):
        hit = _lookup(word)
        assert hit is not None and hit[0] == "entity", word
        assert hit[1].entity.key == "person", word  # type: ignore[union-attr]


def test_barista_cast() -> None:
    assert _cast("a barista pours latte art into a ceramic mug") & {"person", "man", "woman"}
    assert _cast("A fashionista struts down the street") & {"person", "man", "woman"}


def test_known_words_untouched() -> None:
    # words WordNet knows keep their readings (or none): no person by the suffix
    for word in ("list", "mist", "wrist", "fist", "twist", "exist", "assist"):
        hit = _lookup(word)
        assert hit is None or hit[0] != "entity", word
