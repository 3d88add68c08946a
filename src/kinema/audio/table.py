"""Which sound a world event makes: a table by the event's kind, so new world events (the lead's
new verbs and effects) only need a row here. A kind with no row makes no sound."""

from __future__ import annotations

from kinema.screenplay.model import Archetype, CastMember, Place, Setting, Weather

# event kind → effect name (see cues.py for what each name draws)
EVENT_SOUNDS: dict[str, str] = {
    "takeoff": "whoosh",
    "land": "land",  # a thud scaled by the impact speed; a splash on water
    "hit": "punch",
    "bump": "bump",
    "ignite": "roar",
    "launch": "roar",
    "burst": "scatter",
    "formed": "chime",
    "explosion": "boom",
    "explode": "boom",
    "fireworks": "firework",
    "lightning": "thunder",  # delayed by the strike's distance
    "splash": "splash",
    "kick": "bump",
    "throw": "whoosh",
    "catch": "bump",
}

# A person's composed action (motions.py) → the sound of each stroke: made where the stroke
# bottoms out (audio/effects.py `_strokes`). Music is the score's; a verb without a row is silent.
ACTION_SOUNDS: dict[str, str] = {
    "clap": "clap", "hammer": "knock", "chop": "knock", "dig": "knock", "drum": "knock",
    "dribble": "bump", "type": "tap", "text": "tap", "knit": "tap", "juggle": "tap", "jump_rope": "tap",
    "sweep": "swish", "scrub": "swish", "sew": "swish", "write": "swish", "paint": "swish",
    "cook": "swish", "box": "whoosh", "swing": "whoosh", "row": "swish", "lift": "bump", "peel": "swish",
}

# the calling verbs: the species' call when the verb begins
CALLS: frozenset[str] = frozenset({"howl"})

_WOLF = ("wolf", "fox", "狼", "狐", "\U0001F43A", "\U0001F98A")
_BIG_CAT = ("tiger", "lion", "leopard", "虎", "狮", "\U0001F42F", "\U0001F405", "\U0001F981", "\U0001F406")


def sound_for(kind: str) -> str | None:
    return EVENT_SOUNDS.get(kind)


def call_of(member: CastMember) -> str | None:
    """The species' call: howl (wolf), bark (dog), roar (big cat), meow (cat), birdsong, a human's vowel."""
    words = " ".join((member.id, member.name.en, member.name.zh, member.asset.emoji or "")).lower()
    if member.archetype == Archetype.CANINE:
        return "howl" if any(w in words for w in _WOLF) else "bark"
    if member.archetype == Archetype.FELINE:
        return "roar_animal" if any(w in words for w in _BIG_CAT) else "meow"
    if member.archetype == Archetype.BIRD:
        return "birdsong"
    if member.archetype == Archetype.HUMAN:
        return "speech_blip"
    return None


def surface(setting: Setting) -> str:
    """What feet fall on in this setting."""
    p, w = setting.place, setting.weather
    if p == Place.SNOWFIELD or w == Weather.SNOW:
        return "snow"
    if p in (Place.DESERT, Place.BEACH):
        return "sand"
    if p in (Place.FOREST, Place.PLAIN, Place.MOUNTAINS):
        return "grass"
    if p in (Place.ROOM,):
        return "wood"
    if p in (Place.RING, Place.SPACE):
        return "metal" if p == Place.SPACE else "wood"
    if p in (Place.STREET, Place.CITY, Place.ROAD, Place.WALL):
        return "wet" if w == Weather.RAIN else "stone"
    if p == Place.WATER:  # a boat's boards, a swimmer's splashes
        return "wet"
    return "stone"
