"""The neural backends' tiny random pipelines on a CUDA GPU: frames per second through the real code path.

Each backend renders the two-shot wolf film through `render_shot`, the way `kinema render
--backend NAME` does, with a tiny model saved to a temporary folder. The numbers measure
kinema's plumbing (conditioning, chunking, resizing) plus a tiny model, not a real model's
speed; docs/neural.md gives the published figures for those. Without CUDA it says so and
exits 0. `--device cpu` runs it here for a smoke check.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
BACKENDS = {"wan": "wan", "wan-vace": "wan-vace", "ltx": "ltx", "ltx-keyframes": "ltx"}  # backend → tiny kind


def film(size: int, seconds: float) -> dict[str, object]:
    shot = seconds / 2
    return {
        "kinema": 1, "seed": 5, "format": {"width": size, "height": size, "fps": 24},
        "cast": [{"id": "wolf", "asset": {"emoji": "🐺"}, "name": {"en": "wolf"}, "archetype": "canine"}],
        "scenes": [{"id": "s1", "setting": {"place": "mountains", "time": "night"},
                    "actions": [{"at": 0, "who": "wolf", "do": "howl"}],
                    "shots": [{"id": "a", "duration": shot, "size": "wide", "subjects": ["wolf"]},
                              {"id": "b", "duration": shot, "size": "close-up", "subjects": ["wolf"],
                               "move": "push-in"}]}],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--device", default="cuda", choices=["cuda", "cpu"])
    ap.add_argument("--size", type=int, default=256, help="square frame side in pixels")
    ap.add_argument("--seconds", type=float, default=4.0, help="film length (two shots)")
    ap.add_argument("--steps", type=int, default=4)
    args = ap.parse_args()

    from kinema.neural.base import missing_packages

    if missing_packages():
        print(f"skipped: the neural extra is not installed ({', '.join(missing_packages())})")
        return 0
    import torch

    if args.device == "cuda" and not torch.cuda.is_available():
        print("skipped: no CUDA GPU here (pass --device cpu for a smoke run)")
        return 0

    from kinema.film.takes import load_sprites, shot_jobs
    from kinema.neural import NeuralOptions, create
    from kinema.neural.tiny import save_tiny
    from kinema.screenplay import Screenplay

    play = Screenplay.model_validate(film(args.size, args.seconds))
    jobs = list(shot_jobs(play, load_sprites(play, None, "bench")))
    total = sum(j.frames for j in jobs)
    where = torch.cuda.get_device_name(0) if args.device == "cuda" else "CPU"
    print(f"tiny pipelines, {args.size}x{args.size}, {total} frames in 2 shots, {args.steps} steps, "
          f"on {where}\n")
    print("| backend | load s | render s | frames/s |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        folders = {kind: save_tiny(kind, Path(tmp) / kind) for kind in set(BACKENDS.values())}
        for name, kind in BACKENDS.items():
            t0 = time.perf_counter()
            backend = create(name, NeuralOptions(model=folders[kind], steps=args.steps, device=args.device))
            t1 = time.perf_counter()
            frames = sum(1 for job in jobs for _ in backend.render_shot(job))
            if args.device == "cuda":
                torch.cuda.synchronize()
            t2 = time.perf_counter()
            print(f"| {name} | {t1 - t0:.2f} | {t2 - t1:.2f} | {frames / (t2 - t1):.1f} |")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
