"""A tapered limb covers the whole of its outline: the quad and its round ends are one filled shape,
not a union with holes where they overlap (they must wind the same way under the winding fill)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import skia

from kinema.render.rig import Paints, bone, limbs


def _covered(draw: object) -> int:
    surf = skia.Surface(200, 120)
    canvas = surf.getCanvas()
    canvas.clear(skia.ColorBLACK)
    draw(canvas)  # type: ignore[operator]
    px = np.asarray(surf.makeImageSnapshot().toarray(colorType=skia.kRGBA_8888_ColorType))
    return int((px[..., 0] > 127).sum())


def _area(a: tuple[float, float], b: tuple[float, float], wa: float, wb: float) -> float:
    """The limb's trapezoid between its end diameters plus the outer half of each end's disc."""
    d = math.dist(a, b)
    return d * (wa + wb) / 2 + math.pi * ((wa / 2) ** 2 + (wb / 2) ** 2) / 2


@pytest.mark.parametrize("a,b,wa,wb", [((40.0, 60.0), (150.0, 60.0), 30.0, 24.0),
                                       ((50.0, 20.0), (120.0, 95.0), 26.0, 20.0),
                                       ((100.0, 30.0), (100.0, 90.0), 22.0, 22.0)])
def test_a_tapered_limb_covers_its_analytic_area(a: tuple[float, float], b: tuple[float, float],
                                                 wa: float, wb: float) -> None:
    red = (255, 0, 0)
    one = _covered(lambda c: bone(c, Paints({}, skia.Path()), a, b, wa, wb, red, red, 1))
    many = _covered(lambda c: limbs(c, Paints({}, skia.Path()), [(a, b, wa, wb)], red, red, 1))
    want = _area(a, b, wa, wb)
    assert abs(one - want) / want < 0.02, (one, want)
    assert abs(many - want) / want < 0.02, (many, want)
