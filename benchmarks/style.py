"""`make bench`: what each film style (render/style.py) costs the vector renderer.

The 60 s wolf (examples/wolf.yaml, 1280x720) is drawn with every style, every fourth frame of
every shot, the styles interleaved round by round so a shared machine's load falls on all of
them alike. Reported: ms per frame, the extra ms over the plain look and the ratio to it (best of
the rounds), and the load average. Figures go to stdout as Markdown and to out/bench_style.json.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import replace
from pathlib import Path

from kinema.film.takes import load_sprites, shot_jobs
from kinema.render.vector import VectorBackend
from kinema.screenplay import Style, load

ROOT = Path(__file__).resolve().parents[1]
FILM = ROOT / "examples" / "wolf.yaml"
ROUNDS = 3


def main() -> None:
    base = load(FILM)
    backend = VectorBackend()
    jobs = {}
    for style in Style:
        play = base.model_copy(update={"style": style})
        jobs[style] = [replace(j, picks=tuple(range(0, j.frames, 4)))
                       for j in shot_jobs(play, load_sprites(play, FILM.parent, "bench"))]
    best: dict[Style, float] = {}
    load_before = os.getloadavg()
    for _ in range(ROUNDS):
        for style in Style:
            start, n = time.perf_counter(), 0
            for job in jobs[style]:
                n += sum(1 for _ in backend.render_shot(job))
            ms = (time.perf_counter() - start) / n * 1000
            best[style] = min(best.get(style, ms), ms)
    load_after = os.getloadavg()
    plain = best[Style.PLAIN]
    rows = [{"style": s.value, "ms_per_frame": round(ms, 2), "extra_ms": round(ms - plain, 2),
             "ratio": round(ms / plain, 2)} for s, ms in best.items()]
    print(f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after; "
          f"{os.cpu_count()} CPUs; best of {ROUNDS} rounds, every 4th frame of {FILM.name} at 1280x720\n")
    print("| style | ms/frame | extra ms | ratio to plain |\n|---|---|---|---|")
    for r in rows:
        print(f"| {r['style']} | {r['ms_per_frame']} | {r['extra_ms']} | {r['ratio']} |")
    out = ROOT / "out"
    out.mkdir(exist_ok=True)
    (out / "bench_style.json").write_text(json.dumps({"load": [load_before, load_after], "rows": rows},
                                                     indent=1))


if __name__ == "__main__":
    main()
