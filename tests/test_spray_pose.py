"""A person a water jet leaves is posed holding the hose (world/simulate.py, motions.py "hose"):
the jet runs from the aiming hand, not from an idle body's chest."""

from __future__ import annotations

import numpy as np

from kinema.plan.director import plan
from kinema.world import scene_fx
from kinema.world.particles import SPLASH, Particles
from kinema.world.simulate import SceneWorld


def test_the_firefighter_braces_a_hose_and_the_water_leaves_the_hand() -> None:
    play = plan("A firefighter sprays water on a burning house at night", 6).screenplay
    scene = play.scenes[0]
    jet = next(fx for fx in scene.effects if fx.kind.value == "water")
    states = list(SceneWorld(play, scene))
    before = [s for s in states if s.t < jet.at]
    during = [s for s in states if s.t >= jet.at + 0.5]
    assert before and during

    def person(s):  # type: ignore[no-untyped-def]
        return next(e for e in s.entities if e.id == jet.on)

    assert all(person(s).verb == "idle" for s in before)
    assert all(person(s).verb == "spray" for s in during)
    s = during[len(during) // 2]
    e = person(s)
    hand_x, hand_y = e.joints[9]  # the near hand, metres from the feet point
    assert hand_x > 0.45 and 0.6 < hand_y < 1.4, (hand_x, hand_y)  # held out in front, waist to chest
    # The stream leaves the nozzle ahead of the hand: the jet's next drops, emitted into an empty
    # pool at this frame, start there (before, from the chest's front: 0.5 m behind, 0.4 m higher).
    sim = SceneWorld(play, scene)
    for f in sim:
        if f.t >= s.t:
            break
    sim.particles = Particles(64, np.random.default_rng(0), 0.0)
    scene_fx._jet(sim, sim.by_id[jet.on], SPLASH, 1.0, jet)
    got = sim.particles.frame()
    hand = sim.by_id[jet.on].last_joints[9]
    assert len(got) and np.allclose(got.x, e.x + hand[0] + 0.15, atol=0.05), (got.x, e.x, hand)
    assert np.allclose(got.y, e.y + hand[1], atol=0.05), (got.y, e.y, hand)
