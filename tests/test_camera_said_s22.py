""""The camera" said as the one filming is never cast, session 22.

A camera move with an adverb between ("the camera slowly tracks forward") is the move, and the lens
someone looks, waves or walks toward ("waves at the camera", "stares into the lens") is the
viewer's eye. A camera held, pointed or handed over is still a prop."""

from __future__ import annotations

import pytest
from conftest import cast_of

from kinema.plan.camera_words import take_camera
from kinema.screenplay.model import CameraMove


@pytest.mark.parametrize("prompt", [
    "Two kids wave at the camera",
    "An astronaut plants a tiny flag on the moon and waves at the camera.",
    "A cat stares into the lens",
    "A toddler runs toward the camera, laughing",
    "Bamboo forest in heavy rain, the camera slowly tracks forward between the stalks",
])
def test_the_camera_filming_is_not_cast(prompt: str) -> None:
    assert "camera" not in cast_of(prompt), cast_of(prompt)


def test_an_adverb_between_camera_and_its_move_keeps_the_move() -> None:
    text, req = take_camera("the camera slowly tracks forward between the trees")
    assert "camera" not in text and req.moves == [(CameraMove.PUSH_IN, None)]


@pytest.mark.parametrize("prompt", [
    "A photographer points the camera at the bride",
    "She hands the camera to her friend",
    "An old camera sits on the shelf",
])
def test_a_camera_held_or_shown_is_cast(prompt: str) -> None:
    assert "camera" in cast_of(prompt), cast_of(prompt)
