"""What is drawn over what (render/draw_order.py): a body raised onto another is drawn after it
(a butterfly on a sunflower was hidden by the flower's head), scenery behind, a rider after its
mount, and otherwise the world's order."""

from __future__ import annotations

from kinema.film.takes import load_sprites, shot_jobs
from kinema.render.draw_order import drawables
from kinema.screenplay import Screenplay


def _order(cast: list[dict[str, object]], staging: dict[str, dict[str, float]]) -> list[str]:
    play = Screenplay.model_validate({
        "kinema": 1, "seed": 1, "format": {"width": 160, "height": 90, "fps": 12},
        "cast": cast,
        "scenes": [{"id": "s", "setting": {"place": "plain"}, "staging": staging,
                    "shots": [{"id": "a", "duration": 1.0, "size": "wide"}]}]})
    job = next(shot_jobs(play, load_sprites(play, None, "test")))
    members = {m.id: m for m in play.cast}
    return [d.entity.id for d in drawables(job.states[0], members, job.sprites)]


def test_a_body_on_top_of_another_is_drawn_after_it() -> None:
    fly = {"id": "fly", "asset": {"emoji": "🦋"}, "archetype": "bird", "appearance": {"scale": 0.33}}
    flower = {"id": "flower", "asset": {"emoji": "🌻"}, "archetype": "prop"}
    assert _order([fly, flower], {"fly": {"x": 0.0, "y": 1.0}, "flower": {"x": 0.0}}) == ["flower", "fly"]
    # side by side on the ground: the world's (the cast's) order
    assert _order([fly, flower], {"fly": {"x": -2.0}, "flower": {"x": 2.0}}) == ["fly", "flower"]
