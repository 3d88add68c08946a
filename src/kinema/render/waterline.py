"""Where a boat meets the water. Twemoji draws its boats with a band of their own water under
the hull; on the water place (Place.WATER) that band is hidden under the surface, so the hull
sits in the painted water instead of on a blue block. The band is read off the picture, not
listed: the rows at the bottom of the artwork that are mostly water-blue.
"""

from __future__ import annotations

import numpy as np
import skia

from kinema.render.sprites import Sprite

SIDE = 64  # px: the picture drawn this big to read its rows


def _water(rgba: np.ndarray) -> np.ndarray:
    """Pixels the eye reads as water: clearly blue, lighter than a navy hull."""
    r, g, b = (rgba[..., k].astype(np.int32) for k in range(3))
    return (b > r + 50) & (b > g + 15) & (b > 150) & (rgba[..., 3] > 128)


def draught(sprite: Sprite) -> float:
    """The share of the sprite's box, from its bottom, that is the artwork's own water (0 for
    none): the part of a boat's picture drawn below the surface. Read once, kept on the sprite."""
    if sprite.draught is not None:
        return sprite.draught
    surf = skia.Surface(skia.ImageInfo.Make(SIDE, SIDE, skia.kRGBA_8888_ColorType, skia.kUnpremul_AlphaType))
    c = surf.getCanvas()
    c.clear(skia.Color(0, 0, 0, 0))
    c.scale(SIDE, SIDE)
    c.drawPicture(sprite.picture)
    rgba = np.asarray(surf.makeImageSnapshot().toarray(colorType=skia.kRGBA_8888_ColorType,
                                                      alphaType=skia.kUnpremul_AlphaType))
    drawn = rgba[..., 3] > 128
    water = _water(rgba)
    rows = np.flatnonzero(drawn.any(axis=1))
    band = 0
    for r in rows[::-1]:  # up from the lowest drawn row while the row is mostly water
        if water[r].sum() < 0.6 * drawn[r].sum():
            break
        band += 1
    sprite.draught = 0.0 if rows.size == 0 or band == 0 else (SIDE - (int(rows[-1]) + 1 - band)) / SIDE
    return sprite.draught
