"""What a formation can be made of: its piece picture, its names in both languages, how it flies.

A leaf module (plain data, no skia, no pymunk): the screenplay model checks `made_of` against
it, the planner finds the words in it, the world reads the physics and the renderer the shape.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Material:
    name: str  # the canonical `made_of` value
    en: tuple[str, ...]  # words that name it (singular and plural)
    zh: tuple[str, ...]
    emoji: tuple[str, ...]  # emoji that stand for it in `made_of`
    gravity: float  # times the scene's gravity; below 0 it rises (sparks, fire, bubbles)
    drag: float  # 1/s: how fast it takes the air's speed
    wind: float  # how much of the scene's wind and the swirl carries it
    flutter: float  # sideways sway in body heights per second (petals, leaves, paper, wings)
    burst: float  # burst speed in body heights per second
    glow: bool = False  # drawn as light (sparks, fire, stars)
    # Light has its own colours: the subject's picture is read as light and dark (stripes, eyes stay
    # readable) and drawn from the first colour (its darkest) to the second. None: the picture's colours.
    ramp: tuple[tuple[int, int, int], tuple[int, int, int]] | None = None


MATERIALS: tuple[Material, ...] = (
    Material("flowers", ("flower", "flowers", "blossom", "blossoms"), ("花朵", "花", "鲜花", "花儿"),
             ("🌸", "🌺", "🌼", "🌷", "🌹", "💐", "🏵️", "🌻"), 0.01, 1.0, 0.9, 0.25, 1.3),
    Material("petals", ("petal", "petals"), ("花瓣",), ("🥀",), 0.025, 1.3, 1.0, 0.45, 1.3),
    Material("leaves", ("leaf", "leaves"), ("树叶", "叶子", "叶", "落叶"), ("🍃", "🍂", "🍁", "🌿"),
             0.03, 1.3, 1.0, 0.4, 1.2),
    Material("sand", ("sand", "grains of sand"), ("沙子", "沙", "沙粒", "黄沙", "沙砾"),
             ("⏳", "🏜️"), 0.12, 1.0, 1.2, 0.0, 1.1),
    Material("water", ("water", "water drops", "drops", "droplets", "raindrops"),
             ("水滴", "水", "水珠", "雨滴"),
             ("💧", "💦", "🌊"), 0.1, 0.9, 0.5, 0.0, 1.4),
    Material("sparks", ("spark", "sparks", "embers"), ("火花", "火星"), ("🎇", "🎆"), -0.06, 1.5, 0.7, 0.05,
             1.6, glow=True, ramp=((200, 70, 20), (255, 244, 190))),
    Material("fire", ("fire", "flame", "flames"), ("火焰", "火", "烈火", "火苗"), ("🔥",), -0.1, 2.0, 0.8, 0.1,
             1.2, glow=True, ramp=((140, 24, 8), (255, 214, 90))),
    Material("stars", ("star", "stars", "stardust"), ("星星", "星", "繁星", "星辰", "星光"),
             ("⭐", "🌟", "✨", "💫"),
             0.0, 1.0, 0.6, 0.0, 1.2, glow=True, ramp=((110, 140, 255), (255, 246, 200))),
    Material("butterflies", ("butterfly", "butterflies"), ("蝴蝶", "彩蝶"), ("🦋",), 0.0, 1.2, 0.6, 0.6, 1.0),
    Material("paper birds", ("paper bird", "paper birds", "paper cranes", "origami birds"),
             ("纸鹤", "千纸鹤", "纸鸟"), ("🕊️",), 0.01, 1.1, 0.8, 0.3, 1.1),
    Material("snow", ("snow", "snowflake", "snowflakes"), ("雪花", "雪"), ("❄️", "🌨️"), 0.03, 1.3, 1.0, 0.2, 1.1),
    Material("bubbles", ("bubble", "bubbles", "soap bubbles"), ("泡泡", "气泡", "肥皂泡"), ("🫧",), -0.04, 1.6,
             0.9, 0.1, 1.0),
)
# Any other emoji: its own picture, tinted, flying like a flower.
EMOJI = Material("emoji", (), (), (), 0.02, 1.0, 0.9, 0.2, 1.3)

_BY_WORD: dict[str, Material] = {}
for _m in MATERIALS:
    for _w in (_m.name, *_m.en, *_m.zh, *_m.emoji, *(e.replace("\ufe0f", "") for e in _m.emoji)):
        _BY_WORD.setdefault(_w.lower(), _m)


def material(made_of: str) -> Material | None:
    """The material a `made_of` value names (a word in either language or an emoji), or None for an
    emoji that is not one of them (drawn as itself) or a word that names none."""
    return _BY_WORD.get(made_of.strip().lower())


def is_word(made_of: str) -> bool:
    """Letters of a language (not an emoji): such a value must name a material."""
    return any(c.isalpha() for c in made_of)


def names() -> str:
    """The materials in both languages, for messages and docs: "flowers/花朵, petals/花瓣, ..."."""
    return ", ".join(f"{m.name}/{m.zh[0]}" for m in MATERIALS)
