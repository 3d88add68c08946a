"""The entities the planner can cast: every Twemoji that has an SVG, by English and Chinese name."""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

import emoji

from kinema.assets import FACE_ONLY, emoji_code, twemoji_svgs
from kinema.plan import open_lexicon
from kinema.plan.synonyms import BODY_FACE, SYNONYMS
from kinema.screenplay.model import Archetype, Names

# Keywords in an emoji's English name that say how it moves; checked in this order.
_KIND_WORDS: tuple[tuple[Archetype, tuple[str, ...]], ...] = (
    (Archetype.VEHICLE, ("car", "automobile", "bus", "truck", "taxi", "vehicle", "motorcycle", "bicycle",
                         "train", "tram", "rocket", "airplane", "ship", "boat", "tractor", "scooter",
                         "helicopter", "saucer", "ambulance", "locomotive", "canoe", "sailboat", "engine",
                         "lorry", "rickshaw", "minibus", "trolleybus", "monorail", "metro", "speedboat",
                         "sled", "satellite", "aerial tramway", "light rail", "mountain railway",
                         "suspension railway", "mountain cableway")),
    (Archetype.HUMAN, ("person", "man", "woman", "boy", "girl", "child", "baby", "people", "astronaut",
                       "guard", "officer", "worker", "detective", "ninja", "mage", "vampire", "zombie",
                       "elf", "genie", "fairy", "superhero", "supervillain", "prince", "princess",
                       "student", "teacher", "cook", "farmer", "pilot", "firefighter",
                       "scientist", "technologist", "artist", "singer", "judge", "mechanic", "adult",
                       "older", "family", "troll", "merperson", "santa", "claus", "kiss", "couple")),
    (Archetype.CANINE, ("dog", "wolf", "fox", "poodle", "raccoon", "bear", "panda", "koala", "horse",
                        "cow", "ox", "water buffalo", "pig", "boar", "ram", "ewe", "goat", "deer",
                        "moose", "bison", "zebra", "donkey", "camel", "llama", "giraffe", "elephant",
                        "rhinoceros", "hippopotamus", "kangaroo", "badger", "skunk", "otter", "sloth")),
    (Archetype.FELINE, ("cat", "tiger", "lion", "leopard", "mouse", "rat", "hamster", "rabbit", "chipmunk",
                        "hedgehog", "squirrel", "beaver", "monkey", "gorilla", "orangutan")),
    (Archetype.BIRD, ("bird", "eagle", "duck", "swan", "owl", "parrot", "penguin", "dove", "chicken",
                      "rooster", "turkey", "flamingo", "peacock", "dodo", "chick", "goose", "bat",
                      "butterfly", "bee", "ladybug", "fly")),
    (Archetype.FISH, ("fish", "shark", "whale", "dolphin", "octopus", "squid", "blowfish", "seal",
                      "crab", "lobster", "shrimp", "jellyfish")),
)
# Animals the open vocabulary finds that move on a spine rather than legs (the dragon is in synonyms.py).
_SPINED = {"snake": Archetype.SERPENT, "worm": Archetype.SERPENT}
_SKIN = re.compile("[\U0001F3FB-\U0001F3FF]")
LARGE_M = 1.4  # metres: an animal this tall is cast whole (its legs read from its art), not as a face


@dataclass
class Entity:
    key: str  # a stable English name, used for cast ids
    emoji: str  # what is cast
    archetype: Archetype
    en: list[str] = field(default_factory=list)
    zh: list[str] = field(default_factory=list)
    face: str | None = None  # the face sprite of the same entity, for close-ups later
    body: str | None = None  # the full-body sprite of the same entity


@dataclass
class Catalog:
    entities: dict[str, Entity]  # by emoji
    en_index: dict[str, Entity]  # lower-case English name → entity
    zh_index: dict[str, Entity]

    def __len__(self) -> int:
        return len(self.entities)


@lru_cache(maxsize=1)
def twemoji_codes() -> frozenset[str]:
    # A listing, not Path.glob: 4,000 Path objects were a hundredth of a second of a cold start.
    return frozenset(n[:-4] for n in os.listdir(twemoji_svgs()) if n.endswith(".svg") and not n.startswith("."))


def has_svg(ch: str) -> bool:
    code = emoji_code(ch)
    codes = twemoji_codes()
    return code in codes or f"{code}-fe0f" in codes


def _name(text: str) -> str:
    return text.strip(":").replace("_", " ").strip().lower()


# The same keywords split for the test: one-word keys against the name's words, others in the name.
_KIND_SETS = tuple((kind, frozenset(k for k in keys if " " not in k), tuple(k for k in keys if " " in k))
                   for kind, keys in _KIND_WORDS)


def archetype_for(en_name: str) -> Archetype:
    words = set(re.split(r"[\s\-]+", en_name))
    for kind, single, spaced in _KIND_SETS:
        if not words.isdisjoint(single) or any(k in en_name for k in spaced):
            return kind
    return Archetype.PROP


@lru_cache(maxsize=1)
def catalog() -> Catalog:
    """The castable entities; animals no name keyword types (a turtle, a snake) are cast as animals
    that move, because the open vocabulary (WordNet) says they are animals: on four legs, or on a
    spine (a snake, a worm: _SPINED); a made thing a creature's keyword types (🖱️ computer mouse,
    🧸 teddy bear) is a prop, as the open vocabulary says (lang `thing`)."""
    cat = keyword_catalog()
    lexicon = open_lexicon.table()
    entities = {ch: dataclasses.replace(ent, archetype=_SPINED.get(ent.key, Archetype.CANINE))
                if ent.archetype == Archetype.PROP and ("animal", ent.key) in lexicon
                else dataclasses.replace(ent, archetype=Archetype.PROP) if ("thing", ent.key) in lexicon
                else ent for ch, ent in cat.entities.items()}
    swap = {id(old): entities[ch] for ch, old in cat.entities.items()}
    return Catalog(entities, {k: swap[id(e)] for k, e in cat.en_index.items()},
                   {k: swap[id(e)] for k, e in cat.zh_index.items()})


@lru_cache(maxsize=1)
def keyword_catalog() -> Catalog:
    """Built once: emoji with a Twemoji SVG (skin-tone variants left out), plus the synonym table;
    archetypes from name keywords only (what tools/build_lexicon.py reads)."""
    entities: dict[str, Entity] = {}
    for ch, data in emoji.EMOJI_DATA.items():
        if _SKIN.search(ch) or not has_svg(ch):
            continue
        en = _name(data["en"])
        zh = _name(emoji.demojize(ch, language="zh"))
        # A one-character name ("月", "火") is too ambiguous to find in running Chinese text.
        entities[ch] = Entity(en, ch, archetype_for(en), [en], [zh] if len(zh) > 1 and zh != ch else [])
    for body, face in BODY_FACE:
        if body in entities and face in entities:
            entities[body].face, entities[face].body = face, body
    for ch, kind, en_names, zh_names in SYNONYMS:
        ent = entities.get(ch)
        if ent is None:  # a synonym row names an emoji without an SVG: skip it rather than cast it
            continue
        ent.archetype = kind
        ent.key = en_names[0]
        ent.en = [*en_names, *(n for n in ent.en if n not in en_names)]
        ent.zh = [*zh_names, *(n for n in ent.zh if n not in zh_names)]
    en_index: dict[str, Entity] = {}
    zh_index: dict[str, Entity] = {}
    # Synonyms first, so that a hand-written name beats an emoji that happens to share it.
    ordered = [entities[ch] for ch, *_ in SYNONYMS if ch in entities] + list(entities.values())
    for ent in ordered:
        for n in ent.en:
            en_index.setdefault(n.lower(), ent)
        for n in ent.zh:
            zh_index.setdefault(n, ent)
    return Catalog(entities, en_index, zh_index)


def names(ent: Entity) -> Names:
    """A member's names from its entity: the key in English, the first Chinese name."""
    return Names(en=ent.key, zh=ent.zh[0] if ent.zh else "")


def cast_emoji(ent: Entity) -> str:
    """The sprite to cast: a face the renderer puts on an animated body beats a still full body,
    except for a large animal, whose whole picture walks on legs read from its own art (world/legs.py):
    a horse's face on a dog's body was neither."""
    from kinema.plan.sets import HEIGHT_M  # sets.py imports this module

    if ent.body is not None and HEIGHT_M.get(ent.key, 0.0) >= LARGE_M:
        return ent.body
    if ent.face is not None and emoji_code(ent.face) in FACE_ONLY:
        return ent.face
    if emoji_code(ent.emoji) in FACE_ONLY or ent.body is None:
        return ent.emoji
    return ent.body
