"""A cast member with a body sprite and a face sprite: one character, the face on its head in every shot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from kinema.cache import Store
from kinema.errors import ScreenplayError
from kinema.film.render import render as render_cached
from kinema.film.takes import load_sprites, shot_jobs
from kinema.render.vector import VectorBackend
from kinema.screenplay import Screenplay


def _film(face: str | None) -> dict[str, Any]:
    member: dict[str, Any] = {"id": "kid", "asset": {"emoji": "🧍"}, "archetype": "human"}
    if face is not None:
        member["face"] = {"emoji": face}
    return {"kinema": 1, "seed": 3, "format": {"width": 160, "height": 90, "fps": 12}, "cast": [member],
            "scenes": [{"id": "s", "setting": {"place": "street"},
                        "actions": [{"at": 0, "who": "kid", "do": "idle"}],
                        "shots": [{"id": "wide", "duration": 0.5, "size": "wide", "subjects": ["kid"]},
                                  {"id": "close", "duration": 0.5, "size": "close-up", "subjects": ["kid"]}]}]}


def _frames(data: dict[str, Any]) -> dict[str, np.ndarray]:
    play = Screenplay.model_validate(data)
    return {j.shot.id: next(iter(VectorBackend().render_shot(j))).copy()
            for j in shot_jobs(play, load_sprites(play, None, "t"))}


def test_the_face_is_the_head_in_every_shot() -> None:
    """A person's `face` is the rig's head (render/look.py): the same head wide and close, so a cut
    never swaps one face for another; the close-up shows it large."""
    plain, faced = _frames(_film(None)), _frames(_film("😀"))
    wide = np.abs(plain["wide"].astype(int) - faced["wide"].astype(int)).max(axis=-1)
    close = np.abs(plain["close"].astype(int) - faced["close"].astype(int)).max(axis=-1)
    assert (wide > 40).sum() > 0
    assert (close > 40).sum() > 20 * max(1, int((wide > 40).sum()))


def test_face_asset_is_validated_with_its_path() -> None:
    play = Screenplay.model_validate(_film("zz"))
    with pytest.raises(ScreenplayError, match=r"cast\[0\]\.face\.emoji"):
        load_sprites(play, None, "film.yaml")


def test_examples_without_face_still_validate_and_face_is_in_the_key(tmp_path: Path) -> None:
    assert Screenplay.model_validate(_film(None)).cast[0].face is None
    render_cached(Screenplay.model_validate(_film("😀")), tmp_path / "a.mp4", Store(tmp_path / "c"))
    done = render_cached(Screenplay.model_validate(_film("😎")), tmp_path / "b.mp4", Store(tmp_path / "c"))
    assert "close" in done.rendered
