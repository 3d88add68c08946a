"""Conditioning maps line up with the vector picture: same cameras, same entity painter."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from conftest import tiny_film

from kinema.film.job import ShotJob
from kinema.film.takes import load_sprites, shot_jobs
from kinema.render.conditioning import depth_image, reference_image, render_conditioning
from kinema.render.vector import VectorBackend
from kinema.screenplay import Screenplay


def _jobs(**over: object) -> list[ShotJob]:
    play = Screenplay.model_validate(tiny_film(**over))
    return list(shot_jobs(play, load_sprites(play, None, "t")))


def _pictures(job: ShotJob) -> list[np.ndarray]:
    return [f[:, :, :3].astype(np.int16) for f in VectorBackend().render_shot(job)]


def test_masks_cover_exactly_what_the_entities_changed() -> None:
    jobs = _jobs()
    assert [j.frames for j in jobs] == [12, 12]  # two 1 s shots at 12 fps: every frame is compared
    for job in jobs:
        with_cast = _pictures(job)
        without = _pictures(replace(job, sprites={}))  # same frames with no entity drawn
        conds = list(render_conditioning(job))
        assert len(conds) == job.frames
        for full, bare, cond in zip(with_cast, without, conds, strict=True):
            mask = cond.masks["wolf"]
            diff = np.abs(full - bare).max(axis=2)
            assert mask.sum() > 20
            # Every mask pixel is a pixel the wolf painted; what it painted outside the mask is
            # only its faint contact shadow and anti-aliased rim.
            assert (mask & (diff == 0)).sum() <= 0.01 * mask.sum()
            assert ((diff > 8) & ~mask).sum() <= 0.35 * mask.sum()


def test_depth_puts_the_wolf_on_the_action_plane_in_front_of_the_sky() -> None:
    job = _jobs()[0]
    cond = next(render_conditioning(job))
    wolf = cond.masks["wolf"]
    assert np.ptp(cond.depth[wolf]) < 1e-6
    assert cond.depth[wolf].max() < cond.depth[0].min()  # the top row is sky, farthest
    img = depth_image(cond.depth)
    assert img.shape == (*cond.depth.shape, 3) and img.dtype == np.uint8
    assert img[wolf].mean() > img[0].mean()  # near is bright


def test_scaled_maps_follow_the_picture() -> None:
    job = _jobs()[1]
    full = next(render_conditioning(job))
    half = next(render_conditioning(job, 80, 46))
    assert half.depth.shape == (46, 80)
    ys, xs = np.nonzero(full.masks["wolf"])
    hy, hx = np.nonzero(half.masks["wolf"])
    assert abs(xs.mean() / 160 - hx.mean() / 80) < 0.03
    assert abs(ys.mean() / 90 - hy.mean() / 46) < 0.03


def test_reference_image_is_the_same_in_every_shot() -> None:
    a, b = _jobs()
    ref_a = reference_image(a.sprites["wolf"], a.cast[0], 64)
    ref_b = reference_image(b.sprites["wolf"], b.cast[0], 64)
    assert ref_a.shape == (64, 64, 3)
    assert np.array_equal(ref_a, ref_b)
    assert (ref_a != 255).any(axis=2).mean() > 0.1  # the wolf is drawn, on white
    assert (ref_a[0] == 255).all()


def test_a_flock_is_in_the_masks_and_on_the_action_plane() -> None:
    birds = [{"id": "b", "asset": {"emoji": "🐦"}, "archetype": "bird", "appearance": {"count": 40}}]
    scene = {"id": "s", "setting": {"place": "plain"}, "staging": {"b": {"x": 0, "y": 5}},
             "actions": [{"at": 0, "who": "b", "do": "fly", "to_x": 30, "to_y": 6}],
             "shots": [{"id": "a", "duration": 1.0, "size": "wide", "subjects": ["b"]}]}
    job = _jobs(cast=birds, scenes=[scene])[0]
    full = _pictures(job)[-1]
    bare = _pictures(replace(job, sprites={}))[-1]
    cond = list(render_conditioning(job))[-1]
    mask = cond.masks["b"]
    assert mask.sum() > 40  # the copies, not the leader (which is never drawn)
    diff = np.abs(full - bare).max(axis=2)
    assert (mask & (diff == 0)).sum() <= 0.02 * mask.sum()  # where the birds were painted
    assert np.ptp(cond.depth[mask]) < 1e-6 and cond.depth[mask].max() < cond.depth[0].min()
