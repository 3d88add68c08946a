"""Sound's share of the render time (target < 15 %): the wolf film rendered with and without its
soundtrack, alternately, and the soundtrack made alone (stems, mix, limiter, AAC) beside the
simulation it needs. Medians of --repeats runs; figures in docs/benchmarks.md."""

from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

import av

from kinema.audio.encode import add_aac, write_aac
from kinema.audio.film import FilmSound, Mix
from kinema.film.render import render
from kinema.film.takes import load_sprites, takes
from kinema.screenplay import load

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--film", type=Path, default=FILM)
    args = ap.parse_args()
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


if __name__ == "__main__":
    main()
