from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from kinema.screenplay import Screenplay
from kinema.world import WorldState, simulate

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def tiny_film(**over: Any) -> dict[str, Any]:
    """A 2-second, 160x90 film of the wolf: fast enough for every test to render."""
    film: dict[str, Any] = {
        "kinema": 1,
        "title": "tiny",
        "seed": 5,
        "format": {"width": 160, "height": 90, "fps": 12},
        "cast": [{"id": "wolf", "asset": {"emoji": "🐺"}, "name": {"en": "wolf", "zh": "狼"},
                  "archetype": "canine"}],
        "scenes": [{
            "id": "s1",
            "setting": {"place": "mountains", "time": "night"},
            "actions": [{"at": 0, "who": "wolf", "do": "howl"}],
            "shots": [
                {"id": "a", "duration": 1.0, "size": "wide", "subjects": ["wolf"]},
                {"id": "b", "duration": 1.0, "size": "close-up", "subjects": ["wolf"], "move": "push-in"},
            ],
        }],
    }
    film.update(over)
    return film


def scene_film(cast: list[dict[str, Any]], scene: dict[str, Any], duration: float = 3.0, fps: int = 24,
               seed: int = 5, **shot: Any) -> Screenplay:
    """A one-scene, one-shot tiny film of `cast` (160x90): the world tests' common stage.
    `scene` adds setting, staging and actions; `shot` adds size or move to the single shot."""
    data = tiny_film(seed=seed)
    data["format"]["fps"] = fps
    data["cast"] = cast
    data["scenes"] = [{"id": "s", "shots": [{"id": "a", "duration": duration, **shot}], **scene}]
    return Screenplay.model_validate(data)


def scene_states(play: Screenplay) -> list[WorldState]:
    """Every WorldState of the film's first scene."""
    return list(simulate(play, play.scenes[0]))


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kinema", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=600)


def decode(path: Path) -> Iterator[np.ndarray]:
    with av.open(str(path)) as c:
        for f in c.decode(c.streams.video[0]):
            yield f.to_ndarray(format="rgb24")


def frame_hashes(frames: Iterator[np.ndarray]) -> list[str]:
    return [hashlib.sha256(f.tobytes()).hexdigest()[:16] for f in frames]


@pytest.fixture(autouse=True)
def _private_shot_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """`kinema render` caches shots by default: keep tests out of the user's cache."""
    monkeypatch.setenv("KINEMA_CACHE", str(tmp_path_factory.mktemp("shot-cache")))
    monkeypatch.setenv("KINEMA_LOG_DIR", str(tmp_path_factory.mktemp("crash-logs")))  # not the user's


@pytest.fixture
def tmp_film(tmp_path: Path):  # type: ignore[no-untyped-def]
    import yaml

    def write(data: dict[str, Any], name: str = "film.yaml") -> Path:
        p = tmp_path / name
        p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        return p

    return write


def sole_gap(world: Any, e: Any) -> float:
    """Metres from the entity's sole (world/footing.py), as the state tilts it and its depth plane grows
    it, down to the terrain at its closest point: 0 resting on the ground, > 0 above it, < 0 sunk into it.
    A drawn four-legged body stands on the feet it has now, each leg reaching `e.legs` further down."""
    from kinema.bodies import BODIES
    from kinema.world.crowd import grow
    from kinema.world.gait import SITTING, feet_across, span_of

    actor = world.by_id[e.id]
    sole, k = actor.sole, grow(e.depth)
    if e.joints:  # a person stands on the rig's two feet (world/rig.py: foot_l, foot_r are the last two)
        feet = np.array(e.joints[-2:])
        u, v = feet[:, 0] * e.facing * k, feet[:, 1] * k
        return float((e.y + v - world.terrain.heights(e.x + u)).min())
    if sole.legged:
        body = BODIES[actor.member.archetype]
        span = span_of(body.stride, e.height)
        across = np.array(feet_across(e.verb, e.phase, e.vx, body.run, e.grounded, span))
        down = np.array(e.legs) if len(e.legs) == len(across) else np.zeros(len(across))
        if tuple(across) == SITTING:
            down[0] = 0.0
        u, v = across * e.facing * e.height * k, -down * e.height * k
    else:
        u, v = sole.across(e.facing) * k, sole.v * k
    angle = e.tilt * e.facing
    px = e.x + u * np.cos(angle) - v * np.sin(angle)
    py = e.y + u * np.sin(angle) + v * np.cos(angle)
    return float((py - world.terrain.heights(px)).min())


def cast_of(prompt: str) -> list[str]:
    """The picture names a prompt's plan casts, sorted, without the place's own life (plan/life.py)."""
    from kinema.plan.life import background
    return sorted(m.name.en for m in _cast_members(prompt, 12.0) if not background(m.id))


def _cast_members(prompt: str, duration: float) -> list[Any]:
    from kinema.plan.director import plan
    return list(plan(prompt, duration).screenplay.cast)


def cast_list(prompt: str) -> list[str]:
    """The picture names a prompt's plan casts, in cast order, every member (a film of 60 s)."""
    return [m.name.en for m in _cast_members(prompt, 60.0)]


def cast_set(prompt: str) -> set[str]:
    """The picture names a prompt's plan casts, every member (a film of 60 s)."""
    return set(cast_list(prompt))


def cast_unpassed(prompt: str) -> set[str]:
    """The picture names a prompt's plan casts, no passer-by of the place (a film of 60 s)."""
    return {m.name.en for m in _cast_members(prompt, 60.0) if not m.id.startswith("passer")}


def short_cast(prompt: str) -> list[str]:
    """The picture names a prompt's plan of a 12 s film casts, in cast order, every member."""
    return [m.name.en for m in _cast_members(prompt, 12.0)]


def picture_of(word: str) -> str | None:
    """The picture key a word reads as, or None where it reads as no picture."""
    from kinema.plan import parse
    hit = parse._lookup(word)
    if hit is None or hit[0] != "entity":
        return None
    value = hit[1]
    return value.entity.key if isinstance(value, parse.Broader) else getattr(value, "key", None)
