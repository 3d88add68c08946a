"""Peak memory of a render, measured: what stays constant and what grows with a shot's length.

Each measurement runs in a fresh process (peak RSS is per process). Writes the table into
docs/reliability.md between the memory markers.

    python tools/memory_ceiling.py --docs docs/reliability.md
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

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
    rows = []
    a1 = render_peak(film(3840, 2160, 24, 1, 0, "rain"))
    a4 = render_peak(film(3840, 2160, 24, 4, 0, "rain"))
    rows.append(("render, 3840x2160, 24 fps, rain, 1 s (24 frames)", a1))
    rows.append(("render, 3840x2160, 24 fps, rain, 4 s (96 frames)", a4))
    s1 = simulate_peak(film(64, 36, 24, 2, 20, "rain"))
    s4 = simulate_peak(film(64, 36, 24, 8, 20, "rain"))
    rows.append(("states held, 40,000 copies + rain, 2 s (48 frames)", s1))
    rows.append(("states held, 40,000 copies + rain, 8 s (192 frames)", s4))
    per_frame = (s4 - s1) / (192 - 48)
    table = "\n".join(f"| {name} | {mb:,.0f} MB |" for name, mb in rows)
    block = "\n".join([
        START, "Measured by `tools/memory_ceiling.py` (each line a fresh process, peak RSS):", "",
        "| run | peak memory |", "|---|---|", table, "",
        f"Per frame of the longest shot, with the most copies a scene may hold and rain: "
        f"{per_frame:.2f} MB.", END])
    print(block)
    doc = args.docs.read_text(encoding="utf-8")
    args.docs.write_text(re.sub(re.escape(START) + r".*?" + re.escape(END), lambda m: block, doc, flags=re.S),
                         encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
