"""`make bench`: the 60-second wolf film at 1280x720, 24 fps, against the encoder alone.

Reports medians over repeats, measured in one run on one machine: the realtime factor (film
seconds per wall second) and peak RSS of a full `kinema render` in its own process, the
encoder alone on frames of the same film (the ceiling of this design), and the renderer
alone per shot. Figures go to stdout as Markdown and to out/bench.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILM = ROOT / "examples" / "wolf.yaml"


def full_render(out: Path, film: Path = FILM) -> dict[str, float]:
    proc = subprocess.run([sys.executable, "-m", "kinema", "render", str(film), "-o", str(out), "--json",
                           "--no-cache"],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def long_film(tmp: Path, factor: int) -> Path:
    """The same film with every shot `factor` times longer: memory must not follow."""
    import yaml

    data = yaml.safe_load(FILM.read_text(encoding="utf-8"))
    for scene in data["scenes"]:
        for shot in scene["shots"]:
            shot["duration"] *= factor
    path = tmp / "long.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def encoder_alone(out: Path, sample_every: int = 15) -> float:
    """Encode as many frames as the film has, cycling through a sample of its real frames."""
    from kinema.encode import VideoWriter
    from kinema.film.loop import film_frames as frames
    from kinema.film.takes import load_sprites
    from kinema.screenplay import load

    play = load(FILM)
    fmt = play.format
    sample = [f.copy() for i, f in enumerate(frames(play, load_sprites(play, None, "bench")))
              if i % sample_every == 0]
    total = round(play.duration * fmt.fps)
    start = time.perf_counter()
    with VideoWriter(out, fmt.width, fmt.height, fmt.fps) as w:
        for i in range(total):
            w.write(sample[i % len(sample)])
    return play.duration / (time.perf_counter() - start)


def renderer_alone() -> list[tuple[str, str, float]]:
    """Milliseconds per frame for drawing only, per shot, shot set-up (baking) included."""
    from kinema.film.takes import load_sprites, shot_jobs
    from kinema.render.vector import VectorBackend
    from kinema.screenplay import load

    play = load(FILM)
    backend = VectorBackend()
    rows = []
    for job in shot_jobs(play, load_sprites(play, None, "bench")):
        start = time.perf_counter()
        for _ in backend.render_shot(job):
            pass
        ms = (time.perf_counter() - start) / job.frames * 1000
        rows.append((job.shot.id, f"{job.shot.size.value}, {job.shot.move.value}", ms))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kinema-bench-"))
    full = [full_render(tmp / f"film{i}.mp4") for i in range(args.repeats)]
    # Before this process holds sample frames: Linux hands a forked child its parent's peak RSS.
    longer = full_render(tmp / "long.mp4", long_film(tmp, 4))
    enc = [encoder_alone(tmp / f"enc{i}.mp4") for i in range(args.repeats)]
    draw = renderer_alone()
    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "film": "examples/wolf.yaml, 60 s, 1280x720, 24 fps, 5 shots",
        "repeats": args.repeats,
        "render_realtime_factor_median": round(statistics.median(r["realtime_factor"] for r in full), 2),
        "render_wall_s_median": round(statistics.median(r["wall_s"] for r in full), 2),
        "render_peak_rss_mb_median": round(statistics.median(r["peak_rss_mb"] for r in full), 1),
        "encoder_alone_realtime_factor_median": round(statistics.median(enc), 2),
        "renderer_alone_ms_per_frame": {sid: round(ms, 2) for sid, _, ms in draw},
    }
    result["long_film_240s_peak_rss_mb"] = longer["peak_rss_mb"]
    result["long_film_240s_realtime_factor"] = longer["realtime_factor"]
    result["render_vs_encoder_ratio"] = round(
        result["render_realtime_factor_median"] / result["encoder_alone_realtime_factor_median"], 2)
    (ROOT / "out").mkdir(exist_ok=True)
    (ROOT / "out" / "bench.json").write_text(json.dumps(result, indent=2))
    print(f"machine: {result['machine']}\nfilm: {result['film']}, median of {args.repeats}\n")
    print("| measure | value | target |\n|---|---|---|")
    print(f"| full render, realtime factor | {result['render_realtime_factor_median']}x | >= 2.0x |")
    print(f"| full render, wall time | {result['render_wall_s_median']} s | <= 30 s |")
    print(f"| full render, peak RSS | {result['render_peak_rss_mb_median']} MB | < 1000 MB |")
    print(f"| encoder alone, realtime factor | {result['encoder_alone_realtime_factor_median']}x | ceiling |")
    print(f"| full render / encoder alone | {result['render_vs_encoder_ratio']} | |")
    print(f"| 240 s version (4x longer), peak RSS | {result['long_film_240s_peak_rss_mb']} MB | flat |")
    print(f"| 240 s version, realtime factor | {result['long_film_240s_realtime_factor']}x | |")
    print("\n| shot | size, move | draw only, ms/frame |\n|---|---|---|")
    for sid, what, ms in draw:
        print(f"| {sid} | {what} | {ms:.1f} |")
    for f in tmp.iterdir():
        f.unlink()
    tmp.rmdir()


if __name__ == "__main__":
    main()
