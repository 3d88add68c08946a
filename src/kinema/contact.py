"""Contact sheets: the middle frame of every shot, labelled, on one PNG per film.

    kinema contact examples/wolf.yaml examples/neon.yaml -o docs/gallery

Each scene is simulated in full (cheap) but only the picked frames of each shot are drawn,
through the film loop, at a reduced size.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import skia

from kinema.atomic import check_parent, write_bytes
from kinema.film.loop import picked_frames, unblinking
from kinema.film.takes import Take, load_sprites
from kinema.render.text import font
from kinema.render.vector import VectorBackend
from kinema.screenplay import Screenplay, load

THUMB_SHORT = 270  # pixels on the short side of each frame
COLUMNS = 3
PAD = 12
LABEL = 34
LONG_TAKE_S = 30.0


def thumbnail_size(play: Screenplay) -> Screenplay:
    """The film at a contact sheet's frame size: THUMB_SHORT on the short side, even dimensions."""
    fmt = play.format
    k = THUMB_SHORT / min(fmt.width, fmt.height)
    small = fmt.model_copy(update={"width": round(fmt.width * k / 2) * 2,
                                   "height": round(fmt.height * k / 2) * 2})
    return play.model_copy(update={"format": small})


def middle_frames(play: Screenplay, base_dir: Path | None = None) -> list[tuple[str, np.ndarray]]:
    """(label, RGBA frame) for each shot (four for a long take), drawn at a reduced size."""
    play = thumbnail_size(play)
    small = play.format

    def pick(take: Take) -> tuple[int, ...]:
        # A long take gets a frame every quarter, to show that it is one continuous shot.
        n = take.job.frames
        at = (n * q // 8 for q in (1, 3, 5, 7)) if take.job.shot.duration >= LONG_TAKE_S else (n // 2,)
        return tuple(unblinking(take, i) for i in at)

    out = []
    sprites = load_sprites(play, base_dir, "contact")
    for take, i, frame in picked_frames(play, sprites, VectorBackend(), pick):
        s = take.job.shot
        what = "title card" if s.title else f"{s.size.value} · {s.move.value}"
        what += f" · x{s.speed:g}" if s.speed != 1 else ""  # slow motion, time-lapse
        when = f"  at {i / small.fps:.0f} s" if len(pick(take)) > 1 else ""
        out.append((f"{s.id}  {what}  {s.duration:g} s{when}", frame.copy()))
    return out


def sheet(title: str, frames: list[tuple[str, np.ndarray]], columns: int = COLUMNS) -> np.ndarray:
    h, w = frames[0][1].shape[:2]
    cols = min(columns, len(frames))
    rows = -(-len(frames) // cols)
    head = 56
    sw, sh = PAD + cols * (w + PAD), head + rows * (h + LABEL + PAD)
    surf = skia.Surface(sw, sh)
    c = surf.getCanvas()
    c.clear(skia.Color(22, 20, 30))
    ink = skia.Paint(AntiAlias=True, Color=skia.Color(240, 236, 226))
    c.drawString(title, PAD, 38, font(26), ink)
    small = font(15)
    dim = skia.Paint(AntiAlias=True, Color=skia.Color(200, 196, 210))
    for n, (label, frame) in enumerate(frames):
        r, col = divmod(n, cols)
        x, y = PAD + col * (w + PAD), head + r * (h + LABEL + PAD)
        img = skia.Image.fromarray(np.ascontiguousarray(frame), colorType=skia.kRGBA_8888_ColorType)
        c.drawImage(img, x, y)
        c.drawString(f"{n + 1}. {label}", x, y + h + 22, small, dim)
    out = np.empty((sh, sw, 4), dtype=np.uint8)
    surf.readPixels(skia.ImageInfo.Make(sw, sh, skia.kRGBA_8888_ColorType, skia.kPremul_AlphaType), out)
    return out


def write(screenplay: Path, out_dir: Path) -> Path:
    """`<out_dir>/<stem>.png` for one screenplay, written atomically."""
    play = load(screenplay)
    frames = middle_frames(play, screenplay.parent)
    arr = sheet(f"{play.title or screenplay.stem}  ·  {screenplay.name}  ·  seed {play.seed}", frames)
    path = out_dir / f"{screenplay.stem}.png"
    check_parent(path)
    write_png(arr, path)
    return path


def write_png(arr: np.ndarray, path: Path) -> None:
    """An RGBA sheet as a PNG, written atomically (the galleries' tools share it)."""
    data = skia.Image.fromarray(np.ascontiguousarray(arr), colorType=skia.kRGBA_8888_ColorType).encodeToData(
        skia.EncodedImageFormat.kPNG, 100)
    write_bytes(path, bytes(data))
