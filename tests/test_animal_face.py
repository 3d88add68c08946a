"""An animal's face acts in a close-up as a person's does: its eyes close asleep (lids over the
emoji's own eyes), its mouth opens as it eats; the world records the expression in the trace."""

from __future__ import annotations

import numpy as np

from kinema.film.takes import load_sprites, shot_jobs
from kinema.render.vector import VectorBackend
from kinema.screenplay import Screenplay


def _close_up(verb: str, frame: int = 24) -> tuple[np.ndarray, str]:
    play = Screenplay.model_validate({
        "kinema": 1, "seed": 9, "format": {"width": 160, "height": 90, "fps": 12},
        "cast": [{"id": "a", "asset": {"emoji": "🐺"}, "archetype": "canine"}],
        "scenes": [{"id": "s", "setting": {"place": "plain"}, "staging": {"a": {"x": 0.0}},
                    "actions": [{"at": 0, "who": "a", "do": verb}],
                    "shots": [{"id": "x", "duration": 3.0, "size": "close-up", "subjects": ["a"]}]}]})
    job = next(shot_jobs(play, load_sprites(play, None, "face")))
    for i, f in enumerate(VectorBackend().render_shot(job)):
        if i == frame:
            e = job.states[i].entity("a")
            assert e is not None
            return f[..., :3].astype(int), e.expression
    raise AssertionError("shot too short")


def test_a_sleeping_wolf_closes_its_eyes() -> None:
    awake, face = _close_up("idle")
    asleep, shut = _close_up("sleep")
    assert face == "neutral" and shut == "asleep"
    dark = (awake.max(axis=2) < 60).sum(), (asleep.max(axis=2) < 60).sum()
    assert dark[1] < 0.7 * dark[0]  # the emoji's dark eyes are under the lids


def test_an_eating_wolf_opens_its_mouth() -> None:
    idle, _ = _close_up("idle", 18)
    eating, face = _close_up("eat", 18)
    assert face == "eat"
    red = (eating[..., 0] - eating[..., 1:].max(axis=2) > 40).sum() - \
        (idle[..., 0] - idle[..., 1:].max(axis=2) > 40).sum()
    assert red > 10  # the open mouth's red
