"""A person's hair from the screenplay (appearance.hair, render/hair.py): validated by the model,
drawn around the face emoji the same in every shot and at every size, a ponytail to one side
and pigtails to both."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from pydantic import ValidationError

from kinema.film.takes import load_sprites, shot_jobs
from kinema.render.rig import HEAD_BOX, J, screen_joints
from kinema.render.vector import VectorBackend
from kinema.screenplay import Screenplay
from kinema.screenplay.model import Appearance


def _frame(size: str, hair: dict[str, Any] | None,
           frame: int = 10) -> tuple[np.ndarray, tuple[float, float], float]:
    """A walker's frame, the head's centre on it and the head box's side, in pixels."""
    play = Screenplay.model_validate({
        "kinema": 1, "seed": 3, "format": {"width": 320, "height": 180, "fps": 12},
        "cast": [{"id": "a", "asset": {"emoji": "🚶‍♀️"}, "archetype": "human",
                  "appearance": {"hair": hair} if hair else {}}],
        "scenes": [{"id": "s", "setting": {"place": "plain"}, "staging": {"a": {"x": 0.0}},
                    "actions": [{"at": 0, "who": "a", "do": "walk", "speed": 0.8}],
                    "shots": [{"id": "x", "duration": 1.5, "size": size, "subjects": ["a"]}]}]})
    job = next(shot_jobs(play, load_sprites(play, None, "hair")))
    for i, f in enumerate(VectorBackend().render_shot(job)):
        if i == frame:
            e, cam = job.states[i].entity("a"), job.cameras[i]
            assert e is not None
            sx, sy = cam.to_screen(e.x, e.y, 320, 180)
            head = screen_joints(e, sx, sy, cam.ppm)[J["head"]]
            return f[..., :3].astype(int), head, HEAD_BOX * e.height * cam.ppm
    raise AssertionError("shot too short")


def _hair_mask(img: np.ndarray) -> np.ndarray:
    """Magenta, lit or in shade: red and blue well over green."""
    r, g, b = img[..., 0], img[..., 1], img[..., 2]
    return (r > 100) & (b > 90) & (g < 0.45 * np.minimum(r, b))


def test_hair_is_validated_by_the_model_naming_the_field() -> None:
    ok = Appearance.model_validate({"hair": {"style": "ponytail", "colour": "#aa3311"}})
    assert ok.hair.style == "ponytail" and ok.hair.colour == "#aa3311"
    with pytest.raises(ValidationError, match=r"hair\.style"):
        Appearance.model_validate({"hair": {"style": "mohawk"}})
    with pytest.raises(ValidationError, match=r"hair\.colour"):
        Appearance.model_validate({"hair": {"colour": "red"}})
    with pytest.raises(ValidationError, match=r"hair\.length"):
        Appearance.model_validate({"hair": {"length": 3}})


@pytest.mark.parametrize("style", ["ponytail", None])
def test_the_same_hair_in_a_full_shot_and_a_close_up(style: str | None) -> None:
    """Styled or only recoloured, the hair is the screenplay's colour around the head at both sizes."""
    hair = {"style": style, "colour": "#c81ebe"} if style else {"colour": "#c81ebe"}
    seen = []
    for size in ("full", "close-up"):
        img, (hx, hy), box = _frame(size, hair)
        ys, xs = np.nonzero(_hair_mask(img))
        assert len(xs) > 0.08 * box * box, size  # the hair covers a good part of the head's box
        assert abs(float(np.median(xs)) - hx) < box and abs(float(np.median(ys)) - hy) < box, size
        seen.append(img[ys, xs].mean(axis=0))
    assert np.abs(seen[0] - seen[1]).max() < 25  # one colour at both sizes
    plain, _, _ = _frame("close-up", None)
    assert _hair_mask(plain).sum() == 0  # none said: the emoji's own hair, not magenta


def test_a_ponytail_is_to_one_side_and_pigtails_to_both() -> None:
    """The interview's girl with a ponytail must not have pigtails in the next shot."""
    def sides(style: str) -> tuple[int, int]:
        img, (hx, hy), box = _frame("close-up", {"style": style, "colour": "#c81ebe"})
        ys, xs = np.nonzero(_hair_mask(img))
        low = ys > hy  # below the head's centre: the tails, not the cap
        return int((low & (xs < hx - box * 0.3)).sum()), int((low & (xs > hx + box * 0.3)).sum())
    left, right = sides("ponytail")
    assert max(left, right) > 40 and min(left, right) < 0.2 * max(left, right)
    left, right = sides("pigtails")
    assert min(left, right) > 0.5 * max(left, right) > 20


def test_a_ponytail_swings_as_she_walks() -> None:
    masks = [_hair_mask(_frame("close-up", {"style": "ponytail", "colour": "#c81ebe"}, k)[0]) for k in (4, 10)]
    assert (masks[0] != masks[1]).sum() > 30
    again = _hair_mask(_frame("close-up", {"style": "ponytail", "colour": "#c81ebe"}, 4)[0])
    assert (again == masks[0]).all()  # deterministic
