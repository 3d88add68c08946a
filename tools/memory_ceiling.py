"""Peak memory of a render, measured: what stays constant and what grows with a shot's length.

Each measurement runs in a fresh process (peak RSS is per process). Writes the table into
docs/reliability.md between the memory markers.

    python tools/memory_ceiling.py --docs docs/reliability.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from kinema.screenplay.limits import MAX_SHOT_COPY_FRAMES, MAX_SHOT_FRAMES

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- memory:start -->", "<!-- memory:end -->"


def film(width: int, height: int, fps: int, seconds: float, groups: int, weather: str) -> dict[str, Any]:
    cast = [{"id": "wolf", "asset": {"emoji": "🐺"}, "archetype": "canine"}]
    cast += [{"id": f"g{i}", "asset": {"emoji": "🐦"}, "archetype": "bird", "appearance": {"count": 2000}}
             for i in range(groups)]
    staging = {m["id"]: {"x": 0.0, **({"y": 6.0} if m["id"] != "wolf" else {})} for m in cast}
    return {"kinema": 1, "seed": 1, "format": {"width": width, "height": height, "fps": fps}, "cast": cast,
            "scenes": [{"id": "s", "setting": {"place": "forest", "time": "night", "weather": weather},
                        "staging": staging,
                        "actions": [{"at": 0, "who": "wolf", "do": "walk", "to_x": 5.0}],
                        "shots": [{"id": "a", "duration": seconds, "size": "wide", "subjects": ["wolf"],
                                   "move": "track"}]}]}


def render_peak(data: dict[str, Any]) -> float:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "film.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        out = subprocess.run([sys.executable, "-m", "kinema", "render", str(path), "-o", str(Path(d) / "o.mp4"),
                              "--json", "--no-cache"], capture_output=True, text=True, check=True)
        return float(json.loads(out.stdout)["peak_rss_mb"])


def simulate_peak(data: dict[str, Any]) -> float:
    """Peak RSS of holding every state of the scene: what a shot of that length holds."""
    code = ("import sys, yaml, resource\nfrom kinema.screenplay import Screenplay\n"
            "from kinema.world import simulate\n"
            "play = Screenplay.model_validate(yaml.safe_load(sys.stdin.read()))\n"
            "states = list(simulate(play, play.scenes[0]))\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n")
    out = subprocess.run([sys.executable, "-c", code], input=yaml.safe_dump(data), capture_output=True,
                         text=True, check=True)
    return float(out.stdout.strip())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=Path, default=ROOT / "docs" / "reliability.md")
    args = ap.parse_args()
    r1 = render_peak(film(3840, 2160, 24, 1, 0, "rain"))
    r4 = render_peak(film(3840, 2160, 24, 4, 0, "rain"))
    c2 = simulate_peak(film(64, 36, 24, 2, 20, "clear"))
    c8 = simulate_peak(film(64, 36, 24, 8, 20, "clear"))
    p10 = simulate_peak(film(64, 36, 24, 10, 0, "rain"))
    p40 = simulate_peak(film(64, 36, 24, 40, 0, "rain"))
    per_copy_frame = (c8 - c2) * 2**20 / (40_000 * (192 - 48))  # bytes
    per_rain_frame = (p40 - p10) * 2**20 / (960 - 240)
    # The worst shot the limits allow, held twice (a dissolve keeps the shot before): every
    # copy-frame, every frame with the particle pool full (8,000 x 17 bytes of arrays, or the
    # measured rain frame if that is more).
    pool = max(per_rain_frame, 8000 * 17)
    shot = MAX_SHOT_COPY_FRAMES * per_copy_frame + MAX_SHOT_FRAMES * pool
    ceiling = r4 + 2 * shot / 2**20
    rows = [("render, 3840x2160, 24 fps, rain, 1 s (24 frames)", r1),
            ("render, 3840x2160, 24 fps, rain, 4 s (96 frames)", r4),
            ("world states of one shot, 40,000 copies, 2 s (48 frames)", c2),
            ("world states of one shot, 40,000 copies, 8 s (192 frames)", c8),
            ("world states of one shot, rain, 10 s (240 frames)", p10),
            ("world states of one shot, rain, 40 s (960 frames)", p40)]
    table = "\n".join(f"| {name} | {mb:,.0f} MB |" for name, mb in rows)
    block = "\n".join([
        START, f"Measured by `tools/memory_ceiling.py` ({platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores), each line a fresh process, peak RSS:", "",
        "| run | peak memory |", "|---|---|", table, "",
        f"- a copy of a group, per frame held: {per_copy_frame:.0f} bytes; a frame of rain: "
        f"{per_rain_frame / 1024:.0f} KB (a full particle pool: {8000 * 17 / 1024:.0f} KB of arrays)",
        f"- the largest shot the limits allow holds {MAX_SHOT_COPY_FRAMES:,} copy-frames and "
        f"{MAX_SHOT_FRAMES:,} frames of particles: {shot / 2**20:,.0f} MB; a dissolve holds two",
        f"- **ceiling: {ceiling / 1024:.1f} GB** for the largest allowed film (a 4K render plus two "
        f"such shots held at once); the film's length adds nothing beyond its longest shots", END])
    print(block)
    doc = args.docs.read_text(encoding="utf-8")
    args.docs.write_text(re.sub(re.escape(START) + r".*?" + re.escape(END), lambda m: block, doc, flags=re.S),
                         encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
