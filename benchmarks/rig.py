"""`make bench`: what drawing people on the rig costs, and the films with bodies on it, at 720p and 1080p.

Reports medians from one run on one machine: the world's pose of one person for one frame
(clip, ground under the feet, blend), an animal's skeleton for one frame, one person drawn at a
full shot's size on the rig against the old whole-figure artwork, and the realtime factor of a
full `kinema render` of each example with people or a drawn animal in it, at 1280x720 and
1920x1080: film seconds per wall second, and film seconds per CPU second of the render process
(user + system, its threads included), which a busy machine changes far less than the wall
figure. On n cores a wall factor F needs at least F / n film seconds per CPU second (3x at 720p
on two cores: 1.5). `--baseline OTHER/src` renders each film with that checkout's package too,
before this tree's, film by film (before/after in one run); `--films-only` skips the rest.
Markdown to stdout, JSON to out/bench_rig.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# The seed scenes (tests/data/seed_scenes.md: wolf, neon, cat, car, punch, dog, tiger, trailer) and the
# dance in the rain, the example with the most bodies and the heaviest picture to encode.
FILMS = ("wolf", "neon", "cat", "car_dust", "punch_ring", "dog_windows", "flower_tiger", "trailer",
         "dance_rain")
SIZES = {"720p": (1280, 720), "1080p": (1920, 1080)}


def pose_cost(repeats: int = 5) -> float:
    """Microseconds per person per frame spent posing the rig, from simulating punch_ring with
    and without people on the rig."""
    from kinema.screenplay import load
    from kinema.world import actor
    from kinema.world.simulate import simulate

    play = load(ROOT / "examples" / "punch_ring.yaml")

    def run() -> float:
        start = time.perf_counter()
        n = sum(1 for _ in simulate(play, play.scenes[0]))
        return (time.perf_counter() - start) / n

    rigged = statistics.median(run() for _ in range(repeats))
    prop = actor.Actor.rigged
    actor.Actor.rigged = property(lambda self: False)  # type: ignore[assignment,method-assign]
    try:
        plain = statistics.median(run() for _ in range(repeats))
    finally:
        actor.Actor.rigged = prop  # type: ignore[method-assign]
    return (rigged - plain) / 2 * 1e6  # two boxers


def skeleton_cost(repeats: int = 20000) -> tuple[float, float]:
    """Microseconds to build one four-legged body's skeleton for one frame (world/skeleton.py, a
    trotting wolf on a hill), and that as a share of the time to simulate one frame of the wolf
    film: a microbenchmark, as the difference of two whole simulations drowns in their noise."""
    from kinema.screenplay import load
    from kinema.screenplay.model import Archetype
    from kinema.world.simulate import simulate
    from kinema.world.skeleton import skeleton

    play = load(ROOT / "examples" / "wolf.yaml")
    start = time.perf_counter()
    n = sum(1 for _ in simulate(play, play.scenes[0]))
    frame = (time.perf_counter() - start) / n
    args = (Archetype.CANINE, "walk", 0.3, 1.2, 9.0, 0.9, True, (0.02, 0.05, 0.0, 0.08), 0.0, 0.0, 0.1, 0.85)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(repeats):
            skeleton(*args)
        times.append((time.perf_counter() - start) / repeats)
    one = statistics.median(times)
    return one * 1e6, one / frame


def draw_cost(repeats: int = 200) -> tuple[float, float]:
    """Milliseconds to draw one walking person 500 px tall: on the rig, and as the artwork."""
    import skia

    from kinema.assets import resolve
    from kinema.render.sprites import draw_entity, load_sprite
    from kinema.screenplay import load
    from kinema.world.simulate import simulate

    play = load(ROOT / "examples" / "neon.yaml")
    member = play.cast[0]
    sprite = load_sprite(member, resolve(member.asset))
    states = [s.entity("girl") for _, s in zip(range(48), simulate(play, play.scenes[0]), strict=False)]
    surf = skia.Surface(1280, 720)
    canvas = surf.getCanvas()

    def run(strip: bool) -> float:
        times = []
        for i in range(repeats):
            e = states[i % len(states)]
            assert e is not None
            if strip:
                e = replace(e, joints=())
            start = time.perf_counter()
            draw_entity(canvas, sprite, member, e, 640.0, 650.0, 500.0 / e.height, 0.0, 1)
            surf.flushAndSubmit()
            times.append(time.perf_counter() - start)
        return statistics.median(times) * 1e3

    return run(False), run(True)


ANIMALS = (("🐕", "canine", "walk"), ("🐎", "canine", "run"), ("🐈", "feline", "walk"),
           ("🐦", "bird", "fly"), ("🐟", "fish", "swim"), ("🚗", "vehicle", "drive"),
           ("🐍", "serpent", "walk"), ("🐉", "dragon", "fly"))


def animal_cost(repeats: int = 120) -> dict[str, tuple[float, float]]:
    """Milliseconds to draw one whole-body animal 300 px tall on its skeleton (render/anatomy.py,
    render/serpent.py), and the same frames drawn as the artwork in one piece (no skeleton)."""
    import skia

    from kinema.film.takes import load_sprites
    from kinema.render.sprites import draw_entity
    from kinema.screenplay import Screenplay
    from kinema.world.simulate import simulate

    out = {}
    surf = skia.Surface(1280, 720)
    canvas = surf.getCanvas()
    for emoji, kind, verb in ANIMALS:
        act: dict[str, object] = {"at": 0, "who": "a", "do": verb}
        act.update({"to_x": 20.0} if verb == "fly" else {"speed": 1.5})
        play = Screenplay.model_validate({
            "kinema": 1, "seed": 3, "format": {"width": 1280, "height": 720, "fps": 24},
            "cast": [{"id": "a", "asset": {"emoji": emoji}, "archetype": kind}],
            "scenes": [{"id": "s", "setting": {"place": "plain"}, "actions": [act],
                        "shots": [{"id": "x", "duration": 2.0, "size": "full", "subjects": ["a"]}]}]})
        member = play.cast[0]
        sprite = load_sprites(play, None, "bench")["a"]
        states = [e for s in simulate(play, play.scenes[0]) if (e := s.entity("a")) is not None][:48]

        def run(strip: bool, states: list[Any], sprite: Any, member: Any) -> float:
            times = []
            for i in range(repeats):
                e = states[i % len(states)]
                if strip:
                    e = replace(e, skeleton=())
                start = time.perf_counter()
                draw_entity(canvas, sprite, member, e, 640.0, 600.0, 300.0 / e.height, 0.0, 1)
                surf.flushAndSubmit()
                times.append(time.perf_counter() - start)
            return statistics.median(times) * 1e3

        out[f"{emoji} {kind} {verb}"] = (run(False, states, sprite, member), run(True, states, sprite, member))
    return out


ANIMAL_FILMS = ("dog_windows", "cat", "car_dust", "horse_giraffe")


def film_draw_ratio(name: str, frames: int = 48, rounds: int = 3) -> tuple[float, float]:
    """Milliseconds per 720p frame of a film's shots rendered in-process (the first `frames` of each
    shot): its animals on their skeletons, and the same frames with them drawn as the artwork in
    one piece (the old drawing), the two interleaved round by round; best of `rounds`."""
    from kinema.film.takes import load_sprites, shot_jobs
    from kinema.render import sprites
    from kinema.render.vector import VectorBackend
    from kinema.screenplay import load

    play = load(ROOT / "examples" / f"{name}.yaml")
    play = play.model_copy(update={"format": play.format.model_copy(update={"width": 1280, "height": 720})})
    jobs = list(shot_jobs(play, load_sprites(play, None, "bench")))
    real = sprites.on_skeleton

    def run() -> float:
        n, start = 0, time.perf_counter()
        for job in jobs:
            for i, _ in enumerate(VectorBackend().render_shot(job)):
                n += 1
                if i + 1 >= frames:
                    break
        return (time.perf_counter() - start) / n * 1e3

    best = [float("inf"), float("inf")]
    for _ in range(rounds):
        best[0] = min(best[0], run())
        sprites.on_skeleton = lambda sprite, e: False  # type: ignore[assignment]
        try:
            best[1] = min(best[1], run())
        finally:
            sprites.on_skeleton = real
    return best[0], best[1]


def render_factor(name: str, size: tuple[int, int], tmp: Path,
                  source: Path | None = None) -> tuple[float, float]:
    """(film seconds per wall second, film seconds per CPU second) of one `kinema render`, of
    this tree's code or of the package under `source` (another checkout's src/, for a baseline)."""
    import yaml

    data = yaml.safe_load((ROOT / "examples" / f"{name}.yaml").read_text(encoding="utf-8"))
    data["format"]["width"], data["format"]["height"] = size
    film = tmp / f"{name}.yaml"
    film.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run([sys.executable, "-m", "kinema", "render", str(film), "-o", str(tmp / f"{name}.mp4"),
                           "--json", "--no-cache"], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(source)} if source else None)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    report = json.loads(proc.stdout)
    return float(report["realtime_factor"]), float(report["duration_s"]) / cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--films", nargs="*", default=list(FILMS))
    ap.add_argument("--sizes", nargs="*", default=list(SIZES))
    ap.add_argument("--baseline", type=Path, default=None,
                    help="another checkout's src/: each film is rendered by it too, interleaved")
    ap.add_argument("--films-only", action="store_true", help="skip the drawing microbenchmarks")
    ap.add_argument("--runs", type=int, default=1, help="renders of each film and size; the median is reported")
    args = ap.parse_args()
    cores = os.cpu_count() or 1
    factors: dict[str, dict[str, float]] = {}
    per_cpu: dict[str, dict[str, float]] = {}
    loads: dict[str, dict[str, float]] = {}
    codes = {"": None} if args.baseline is None else {" (baseline)": args.baseline.resolve(), "": None}
    with tempfile.TemporaryDirectory() as d:
        for name in args.films:
            for label in codes:
                factors[name + label], per_cpu[name + label], loads[name + label] = {}, {}, {}
            for s in args.sizes:
                for label, source in codes.items():  # before then after, film by film
                    row = name + label
                    runs = [render_factor(name, SIZES[s], Path(d), source) for _ in range(max(1, args.runs))]
                    factors[row][s] = statistics.median(r[0] for r in runs)
                    per_cpu[row][s] = statistics.median(r[1] for r in runs)
                    loads[row][s] = os.getloadavg()[0]
                    print(f"{row} {s}: {factors[row][s]:.2f}x wall, {per_cpu[row][s]:.2f} film s per CPU s, "
                          f"load {loads[row][s]:.1f}", file=sys.stderr, flush=True)  # progress of a long run
    print(f"machine: {platform.machine()}, {platform.system()}, python {platform.python_version()}, "
          f"{cores} cores, load average {os.getloadavg()[0]:.1f}")
    print("| film | " + " | ".join(f"{s} wall | {s} film s / CPU s | load" for s in args.sizes) + " |")
    print("|---|" + "---|---|---|" * len(args.sizes))
    for name, row in factors.items():
        print(f"| {name} | " + " | ".join(f"{row[s]:.2f}x | {per_cpu[name][s]:.2f} | {loads[name][s]:.1f}"
                                          for s in args.sizes) + " |", flush=True)
    if args.films_only:
        return
    pose_us = pose_cost()
    skel_us, skel_ratio = skeleton_cost()
    rig_ms, art_ms = draw_cost()
    animals = animal_cost()
    films = {name: film_draw_ratio(name) for name in ANIMAL_FILMS}
    out = {"machine": f"{platform.machine()}, {platform.system()}, python {platform.python_version()}",
           "pose_us_per_person_frame": round(pose_us, 1), "draw_rig_ms": round(rig_ms, 3),
           "draw_artwork_ms": round(art_ms, 3), "skeleton_us_per_animal_frame": round(skel_us, 1),
           "skeleton_share_of_wolf_frame": round(skel_ratio, 3), "realtime_factor": factors,
           "animal_draw_ms": {k: {"skeleton": round(a, 3), "artwork": round(b, 3)}
                              for k, (a, b) in animals.items()},
           "animal_film_frame_ms": {k: {"skeleton": round(a, 2), "artwork": round(b, 2)}
                                    for k, (a, b) in films.items()},
           "film_s_per_cpu_s": per_cpu, "render_load_average": loads, "cores": cores,
           "load_average": os.getloadavg()}
    print(f"pose per person per frame: {pose_us:.0f} us")
    print(f"skeleton per animal per frame: {skel_us:.1f} us ({skel_ratio:.1%} of a simulated wolf frame)")
    print(f"one person 500 px tall: rig {rig_ms:.3f} ms, artwork {art_ms:.3f} ms ({rig_ms / art_ms:.2f}x)")
    print("| animal 300 px tall | on its skeleton | artwork in one piece | ratio |")
    print("|---|---|---|---|")
    for k, (a, b) in animals.items():
        print(f"| {k} | {a:.3f} ms | {b:.3f} ms | {a / b:.2f}x |")
    print("| film, 720p frame | animals on skeletons | as artwork | ratio |")
    print("|---|---|---|---|")
    for k, (a, b) in films.items():
        print(f"| {k} | {a:.1f} ms | {b:.1f} ms | {a / b:.3f}x |")
    (ROOT / "out").mkdir(exist_ok=True)
    (ROOT / "out" / "bench_rig.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
