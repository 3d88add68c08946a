"""How a person looks: the face emoji on the head and the clothes' colours, decided in one place.

Everything here is read from the screenplay's cast member (its asset, `face`, `appearance.tint`
`appearance.clothing` and `appearance.hair`)
and its id, never from the shot or the seed, so every shot of a film draws the same person.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kinema.render.environment.palette import RGB, hex_rgb, mix
from kinema.render.hair import HairLook, Skull, hair_look
from kinema.screenplay.model import CastMember
from kinema.seeds import derive

# Tops and trousers a person without a tint wears, picked by cast id.
TOPS: tuple[RGB, ...] = ((214, 69, 65), (52, 101, 164), (76, 153, 94), (236, 178, 46), (142, 68, 173),
                         (235, 120, 50), (40, 160, 170), (220, 220, 215))
BOTTOMS: tuple[RGB, ...] = ((44, 62, 96), (52, 52, 60), (120, 84, 52), (78, 98, 60), (30, 30, 36),
                            (176, 150, 104), (128, 128, 136), (92, 44, 52))
SKIN_DEFAULT: RGB = (255, 204, 77)  # Twemoji's default skin yellow
FEMALE, MALE = "\u2640", "\u2642"
TONES = tuple(chr(c) for c in range(0x1F3FB, 0x1F400))


@dataclass(frozen=True)
class Look:
    top: RGB
    bottom: RGB
    shoes: RGB
    skin: RGB
    long_sleeves: bool
    hair: HairLook | None = None  # None: the face emoji's own hair


def head_emoji(emoji: str) -> str:
    """The face on a full-body person emoji's head: a woman, a man or a person, in its skin tone."""
    tone = next((ch for ch in emoji if ch in TONES), "")
    base = "\U0001F469" if FEMALE in emoji else "\U0001F468" if MALE in emoji else "\U0001F9D1"
    return base + tone


def is_figure(mask: np.ndarray) -> bool:
    """A whole standing figure (tall and narrow), not a face or a bust: the rig draws its body instead."""
    rows = np.nonzero(mask.any(axis=1))[0]
    cols = np.nonzero(mask.any(axis=0))[0]
    if len(rows) == 0:
        return False
    return bool((rows[-1] - rows[0] + 1) > 1.5 * (cols[-1] - cols[0] + 1))


def look_of(member: CastMember, skin: RGB, own_hair: RGB | None = None, skull: Skull | None = None) -> Look:
    """`own_hair`, `skull`: the head emoji's hair colour and where its head is (render/hair.py)."""
    k = derive(0, "look", member.id)
    tint = member.appearance.tint
    wear = member.appearance.clothing  # the screenplay's own colours win over what is derived
    shirt = wear.top or tint
    top = hex_rgb(shirt) if shirt else TOPS[k % len(TOPS)]
    # A tinted person wears the tint all over (a boxer's colours), the trousers a darker shade of it.
    if wear.bottom:
        bottom = hex_rgb(wear.bottom)
    elif tint:
        bottom = mix(top, (20, 20, 28), 0.55)
    else:
        bottom = BOTTOMS[derive(0, "trousers", member.id) % len(BOTTOMS)]
    shoes = hex_rgb(wear.shoes) if wear.shoes else mix(bottom, (20, 20, 24), 0.6)
    swing = (derive(0, "hair", member.id) % 1000) / 1000.0  # whose tails swing when: by id, not by shot
    hair = hair_look(member.appearance.hair, own_hair, swing, skull or Skull(0.1, 0.55, 0.94))
    return Look(top, bottom, shoes, skin, bool((k // 64) % 2), hair)
