"""Contact sheets of formations (docs/gallery/formation/): frames at chosen moments of a screenplay.

    python tools/formation_gallery.py              # every material, the flower tiger beside the reference
    python tools/formation_gallery.py --film examples/flower_tiger.yaml --at 2 6 11 16 -o out/x.png
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import skia

from kinema.atomic import write_bytes
from kinema.contact import sheet
from kinema.film.loop import picked_frames
from kinema.film.takes import Take, load_sprites
from kinema.render.vector import VectorBackend
from kinema.screenplay import load
from kinema.screenplay.model import Screenplay

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "gallery" / "formation"
REFERENCE = ROOT / "docs" / "gallery" / "formation" / "ref_flower_tiger.png"


def frames_at(play: Screenplay, times: list[float], width: int, base: Path) -> list[tuple[str, np.ndarray]]:
    """The film's frames at the given film times (seconds), drawn `width` pixels wide."""
    fmt = play.format
    k = width / fmt.width
    size = {"width": round(fmt.width * k / 2) * 2, "height": round(fmt.height * k / 2) * 2}
    small = fmt.model_copy(update=size)
    play = play.model_copy(update={"format": small})
    fps = small.fps
    starts, t = [], 0.0
    for scene in play.scenes:
        for shot in scene.shots:
            starts.append(t)
            t += shot.duration

    def pick(take: Take) -> tuple[int, ...]:
        s0 = starts[take.index]
        return tuple(round((x - s0) * fps) for x in times if s0 <= x < s0 + take.job.shot.duration)

    out = []
    for take, i, frame in picked_frames(play, load_sprites(play, base, "gallery"), VectorBackend(), pick):
        s = take.job.shot
        out.append((f"{starts[take.index] + i / fps:.1f} s  {s.size.value}", frame.copy()))
    return out


def save(arr: np.ndarray, path: Path) -> None:
    data = skia.Image.fromarray(np.ascontiguousarray(arr), colorType=skia.kRGBA_8888_ColorType).encodeToData(
        skia.EncodedImageFormat.kPNG, 100)
    write_bytes(path, bytes(data))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--film", type=Path)
    ap.add_argument("--at", type=float, nargs="*", default=[2.0, 5.0, 8.0, 11.5, 16.0])
    ap.add_argument("--width", type=int, default=640)
    ap.add_argument("-o", "--out", type=Path)
    a = ap.parse_args()
    play = load(a.film)
    shots = frames_at(play, a.at, a.width, a.film.parent)
    save(sheet(f"{play.title} · {a.film.name}", shots, columns=min(3, len(shots))), a.out)


if __name__ == "__main__":
    main()
