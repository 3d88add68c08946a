"""A wet floor gives back the entity (render/reflection.py): the body drawn upright as
`draw_entity` draws it, and below its feet a mirrored, fainter copy."""

from __future__ import annotations

import numpy as np
import skia

from kinema.film.takes import load_sprites, shot_jobs
from kinema.render.camera import placed
from kinema.render.reflection import ALPHA, draw_reflected
from kinema.render.sprites import draw_entity
from kinema.screenplay import Screenplay

W, H = 320, 240


def _frames() -> tuple[np.ndarray, np.ndarray, float]:
    play = Screenplay.model_validate({
        "kinema": 1, "seed": 5, "format": {"width": W, "height": H, "fps": 24},
        "cast": [{"id": "a", "asset": {"emoji": "🧍"}, "archetype": "human",
                  "appearance": {"tint": "#d62d20"}}],
        "scenes": [{"id": "s", "setting": {"place": "street", "weather": "rain"}, "staging": {"a": {"x": 0.0}},
                    "actions": [{"at": 0, "who": "a", "do": "dance"}],
                    "shots": [{"id": "x", "duration": 1.0, "size": "full", "subjects": ["a"]}]}]})
    job = next(shot_jobs(play, load_sprites(play, None, "test")))
    e = job.states[6].entity("a")
    assert e is not None
    sx, sy, ppm = placed(job.cameras[6], e.x, e.y, e.depth, W, H)
    sy = H * 0.55  # room below the feet for the reflection
    out = []
    for both in (False, True):
        surf = skia.Surface(W, H)
        c = surf.getCanvas()
        c.clear(skia.Color(0, 0, 0, 255))
        draw = draw_reflected if both else draw_entity
        draw(c, job.sprites["a"], play.cast[0], e, sx, sy, ppm, 0.25, 1, False)
        out.append(np.asarray(surf.makeImageSnapshot().toarray()[..., :3], dtype=np.int32))
    return out[0], out[1], sy


def test_the_body_is_drawn_as_before_and_mirrored_fainter_below_its_feet() -> None:
    plain, wet, sy = _frames()
    foot = round(sy)
    assert np.array_equal(plain[:foot], wet[:foot])  # above the feet: the entity, untouched
    below = wet[foot + 2:]
    assert below.sum() > 0  # the reflection is there
    assert plain[foot + 2:].sum() < below.sum() / 20  # and it is the reflection, not the body
    # The mirror of the body's lower half, at about ALPHA of its light.
    band = 30
    upright = plain[foot - band:foot][::-1].sum()
    mirrored = wet[foot:foot + band].sum()
    assert 0.6 * ALPHA * upright < mirrored < 1.4 * ALPHA * upright
