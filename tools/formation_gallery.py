"""Contact sheets of formations (docs/gallery/formation/): frames at chosen moments of a screenplay.

    python tools/formation_gallery.py              # every material, the flower tiger beside the reference
    python tools/formation_gallery.py --film examples/flower_tiger.yaml --at 2 6 11 16 -o out/x.png
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import skia

from kinema.contact import sheet, write_png
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




# One subject per material: (material, emoji, archetype, scale, time of day, place).
SUBJECTS = (
    ("petals", "🦢", "bird", 5.0, "day", "beach"),
    ("leaves", "🦌", "canine", 2.2, "day", "forest"),
    ("sand", "🐪", "canine", 2.2, "day", "desert"),
    ("water", "🐬", "fish", 4.0, "day", "beach"),
    ("sparks", "🐎", "canine", 2.2, "night", "plain"),
    ("fire", "🐉", "canine", 2.2, "night", "mountains"),
    ("stars", "🐋", "fish", 5.0, "night", "plain"),
    ("butterflies", "🐘", "canine", 2.2, "day", "plain"),
    ("paper birds", "🦅", "bird", 6.0, "day", "mountains"),
    ("snow", "🐇", "feline", 4.0, "night", "snowfield"),
    ("bubbles", "🐙", "fish", 4.0, "day", "underwater"),
)
TIMES = [1.5, 3.6, 5.5, 8.4, 11.0]


def material_film(mat: str, emoji: str, archetype: str, scale: float, time: str, place: str) -> Screenplay:
    """Twelve seconds: whole, a burst at 3 s filmed extreme-wide, the reform at 7 s filmed full."""
    return Screenplay.model_validate({
        "kinema": 1, "title": f"{mat} · made_of: {mat}", "seed": 5,
        "format": {"width": 1280, "height": 720, "fps": 24},
        "cast": [{"id": "shape", "asset": {"emoji": emoji}, "archetype": archetype,
                  "appearance": {"scale": scale, "made_of": mat, "pieces": 450,
                                 "formation": {"burst_at": 3, "reform_at": 7}}}],
        "scenes": [{"id": "s", "setting": {"place": place, "time": time},
                    "staging": {"shape": {"x": 0, "y": 1.0, "facing": "right"}},
                    "keyframes": [{"at": 0, "who": "shape", "y": 1.0}, {"at": 12, "who": "shape", "y": 1.0}],
                    "shots": [{"id": "a", "duration": 2.5, "size": "full", "subjects": ["shape"]},
                              {"id": "b", "duration": 5.5, "size": "extreme-wide", "subjects": ["shape"]},
                              {"id": "c", "duration": 4.0, "size": "full", "subjects": ["shape"]}]}]})


def reference_sheet(width: int) -> np.ndarray:
    """The flower tiger's frames beside the reference frame (copied from the shared references)."""
    film = ROOT / "examples" / "flower_tiger.yaml"
    play = load(film)
    ref = skia.Image.open(str(REFERENCE)).toarray(colorType=skia.kRGBA_8888_ColorType)
    ref = np.ascontiguousarray(ref[:, :, :4])
    shots = frames_at(play, [2.0, 4.5, 4.9, 7.0, 10.0], width, film.parent)
    k = shots[0][1].shape[1] / ref.shape[1]
    small = skia.Image.fromarray(ref, colorType=skia.kRGBA_8888_ColorType).resize(
        shots[0][1].shape[1], round(ref.shape[0] * k))
    first = ("reference: ref_flower_tiger.png (the look to beat)",
             small.toarray(colorType=skia.kRGBA_8888_ColorType))
    return sheet("Flower tiger: the reference frame, then kinema's frames of examples/flower_tiger.yaml",
                 [first, *shots], columns=3)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--film", type=Path, help="one screenplay instead of the gallery")
    ap.add_argument("--at", type=float, nargs="*", default=[2.0, 5.0, 8.0, 11.5, 16.0])
    ap.add_argument("--width", type=int, default=640)
    ap.add_argument("-o", "--out", type=Path)
    a = ap.parse_args()
    if a.film is not None:
        play = load(a.film)
        shots = frames_at(play, a.at, a.width, a.film.parent)
        write_png(sheet(f"{play.title} · {a.film.name}", shots, columns=min(3, len(shots))), a.out)
        return
    write_png(reference_sheet(a.width), OUT / "flower_tiger_vs_reference.png")
    film = ROOT / "examples" / "flower_tiger.yaml"
    frames = frames_at(load(film), [2.0, 4.5, 4.9, 7.0, 10.0, 16.0], a.width, film.parent)
    write_png(sheet("flowers · examples/flower_tiger.yaml", frames, columns=3), OUT / "flowers.png")
    for spec in SUBJECTS:
        play = material_film(*spec)
        shots = frames_at(play, TIMES, a.width, ROOT)
        title = f"made_of: {spec[0]}, burst at 3 s (extreme-wide), reform at 7 s (full)"
        write_png(sheet(title, shots, columns=3), OUT / f"{spec[0].replace(' ', '_')}.png")


if __name__ == "__main__":
    main()
