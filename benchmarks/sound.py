"""Sound's share of the render time (target < 15 %): the wolf film rendered with and without its
soundtrack, alternately, and the soundtrack made alone (stems, mix, limiter, AAC) beside the
simulation it needs. Medians of --repeats runs. Then memory: the peak RSS of a fresh process
making the soundtrack (with a spoken line a shot) of the wolf film repeated to 1 and to 10
minutes, which must not follow the length. Figures in docs/benchmarks.md."""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import av
import yaml

from kinema.audio.cache import shot_premix
from kinema.audio.encode import add_aac, write_aac
from kinema.audio.film import FilmSound, Mix
from kinema.audio.score import _rendered
from kinema.cache import Store
from kinema.film.render import render
from kinema.film.takes import load_sprites, takes
from kinema.screenplay import Screenplay, load

ROOT = Path(__file__).resolve().parents[1]
FILM = ROOT / "examples" / "wolf.yaml"


def sound_alone(film: Path) -> tuple[float, float]:
    """(CPU seconds making the soundtrack, CPU seconds simulating the takes it reads)."""
    play = load(film)
    sprites = load_sprites(play, film.parent, film.name)
    t0 = time.process_time()
    all_takes = list(takes(play, sprites))
    sim = time.process_time() - t0
    t0 = time.process_time()
    fs, mix = FilmSound(play), Mix()
    for take in all_takes:
        mix.add(fs.stems(take))
    with av.open(io.BytesIO(), "w", format="mp4") as c:
        write_aac(c, add_aac(c), mix.pieces())
    mix.close()
    return time.process_time() - t0, sim


def cached_vs_made(film: Path) -> tuple[float, float, float]:
    """CPU seconds of every shot's premix: made without a cache, made and kept, read back (keys
    included), over takes simulated beforehand."""
    play = load(film)
    all_takes = list(takes(play, load_sprites(play, film.parent, film.name)))
    fs = FilmSound(play)
    out = []
    with tempfile.TemporaryDirectory(prefix="kinema-sound-cache-") as d:
        for store in (None, Store(Path(d)), Store(Path(d))):
            _rendered.cache_clear()  # each pass starts without the notes rendered by the last
            t0 = time.process_time()
            for take in all_takes:
                shot_premix(fs, take, store)
            out.append(time.process_time() - t0)
    return out[0], out[1], out[2]


def repeated(film: Path, copies: int) -> dict[str, Any]:
    """The film's scenes `copies` times over (ids made unique), each shot narrating a line."""
    data = yaml.safe_load(film.read_text(encoding="utf-8"))
    scenes = []
    for k in range(copies):
        for sc in data["scenes"]:
            shots = [{**sh, "id": f"{sh['id']}-{k}", "narration": f"Take {k}: the wolf, shot {sh['id']}."}
                     for sh in sc["shots"]]
            sc = {**sc, "id": f"{sc['id']}-{k}", "shots": shots}
            scenes.append(sc)
    return {**data, "scenes": scenes, "voice": {}}


def soundtrack_peak(data: dict[str, Any], base_dir: Path) -> dict[str, float]:
    """In this process: the soundtrack of `data`, takes streamed one at a time, AAC to a file."""
    play = Screenplay.model_validate(data)
    t0 = time.process_time()
    fs, mix = FilmSound(play), Mix()
    for take in takes(play, load_sprites(play, base_dir, "bench")):
        mix.add(fs.stems(take))
    with tempfile.TemporaryDirectory() as d, av.open(str(Path(d) / "a.m4a"), "w") as c:
        write_aac(c, add_aac(c), mix.pieces())
    mix.close()
    return {"seconds": play.duration, "cpu_s": time.process_time() - t0,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def memory(film: Path, minutes: tuple[int, ...]) -> None:
    base = yaml.safe_load(film.read_text(encoding="utf-8"))
    length = sum(sh["duration"] for sc in base["scenes"] for sh in sc["shots"])
    print("\n| soundtrack of (fresh process each) | film | lines spoken | CPU | peak RSS |")
    print("|---|---|---|---|---|")
    for m in minutes:
        data = repeated(film, max(1, round(60 * m / length)))
        out = subprocess.run([sys.executable, __file__, "--peak-of", "-"], input=json.dumps(data),
                             capture_output=True, text=True, check=True, cwd=film.parent)
        r = json.loads(out.stdout)
        lines = sum(len(sc["shots"]) for sc in data["scenes"])
        print(f"| wolf x{len(data['scenes']) // len(base['scenes'])} | {r['seconds']:g} s | {lines} | "
              f"{r['cpu_s']:.1f} s | {r['peak_rss_mb']:.0f} MB |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--film", type=Path, default=FILM)
    ap.add_argument("--minutes", type=int, nargs="*", default=[1, 10], help="film lengths for the memory table")
    ap.add_argument("--memory-only", action="store_true")
    ap.add_argument("--peak-of", help=argparse.SUPPRESS)  # internal: one measurement, a screenplay on stdin
    args = ap.parse_args()
    if args.peak_of:
        print(json.dumps(soundtrack_peak(json.loads(sys.stdin.read()), Path.cwd())))
        return
    if args.memory_only:
        cache_table(args.film)
        memory(args.film, tuple(args.minutes))
        return
    play = load(args.film)
    with_s, without_s, alone, cpu_with, cpu_without = [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="kinema-sound-") as tmp:
        for i in range(args.repeats):
            c0 = time.process_time()  # CPU time (the encoder's threads included): steadier on a busy machine
            silent = render(play, Path(tmp) / f"silent{i}.mp4", base_dir=args.film.parent, sound=None)
            c1 = time.process_time()
            without_s.append(silent.wall_s)
            with_s.append(render(play, Path(tmp) / f"sound{i}.mp4", base_dir=args.film.parent).wall_s)
            cpu_without.append(c1 - c0)
            cpu_with.append(time.process_time() - c1)
            alone.append(sound_alone(args.film)[0])
    w, wo, a = statistics.median(with_s), statistics.median(without_s), statistics.median(alone)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"film: {args.film.relative_to(ROOT)}, {play.duration:g} s, median of {args.repeats}\n")
    print("| measure | value | target |\n|---|---|---|")
    print(f"| render with sound, wall | {w:.1f} s | |")
    print(f"| render with --no-audio, wall | {wo:.1f} s | |")
    print(f"| difference / render with sound | {100 * (w - wo) / w:.1f} % | < 15 % |")
    cw, cwo = statistics.median(cpu_with), statistics.median(cpu_without)
    print(f"| render with sound, CPU | {cw:.1f} s | |")
    print(f"| render with --no-audio, CPU | {cwo:.1f} s | |")
    print(f"| CPU difference / render with sound | {100 * (cw - cwo) / cw:.1f} % | < 15 % |")
    print(f"| soundtrack alone (stems, mix, limiter, AAC), CPU | {a:.1f} s | |")
    print(f"| soundtrack alone / render with sound, CPU | {100 * a / cw:.1f} % | < 15 % |")
    cache_table(args.film)
    memory(args.film, tuple(args.minutes))


def cache_table(film: Path) -> None:
    made, kept, read = cached_vs_made(film)
    print("\n| every shot's premix, CPU | value |\n|---|---|")
    print(f"| made, no cache | {made:.2f} s |\n| made and kept in the shot cache | {kept:.2f} s |")
    print(f"| read from the shot cache (keys included) | {read:.2f} s ({100 * read / made:.0f} % of made) |")


if __name__ == "__main__":
    main()
