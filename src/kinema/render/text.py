"""Text on screen: title cards and subtitles in Chinese and English, in the safe area.

One CJK font (Noto Sans SC, from pylopdf-fonts-zh-cn) covers both scripts. The title-safe
area is the central 90 % of the frame, which keeps text clear of the edges in 16:9, 9:16
and 1:1 alike; sizes are measured on the frame's short side for the same reason.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import pylopdf_fonts_zh_cn
import skia

SAFE = 0.05  # margin of the title-safe area on every side, as a fraction of the frame
SUBTITLE_SIZE = 0.052  # of the short side
TITLE_SIZE = 0.085


@lru_cache(maxsize=2)
def cjk_typeface(serif: bool = False) -> skia.Typeface:
    name = "NotoSerifSC-Regular.otf" if serif else "NotoSansSC-Regular.otf"
    path = Path(pylopdf_fonts_zh_cn.__file__).parent / name
    face = skia.Typeface.MakeFromFile(str(path))
    if face is None:
        raise RuntimeError(f"cannot load the CJK font {path}")
    return face


def font(size: float, serif: bool = False) -> skia.Font:
    f = skia.Font(cjk_typeface(serif), size)
    f.setEdging(skia.Font.Edging.kAntiAlias)
    f.setSubpixel(True)
    return f


def _wrap(text: str, f: skia.Font, max_w: float) -> list[str]:
    """Break at spaces for English and between any two characters for Chinese."""
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        tokens = para.split(" ") if " " in para else list(para)
        sep = " " if " " in para else ""
        for tok in tokens:
            trial = f"{line}{sep}{tok}" if line else tok
            if line and f.measureText(trial) > max_w:
                lines.append(line)
                line = tok
            else:
                line = trial
        lines.append(line)
    return lines


def safe_rect(width: int, height: int) -> skia.Rect:
    m = SAFE * min(width, height)
    return skia.Rect.MakeLTRB(m, m, width - m, height - m)


def draw_subtitle(canvas: skia.Canvas, text: str, width: int, height: int) -> None:
    """Centred near the bottom of the safe area, white on a soft dark band, wrapped to fit."""
    if not text:
        return
    safe = safe_rect(width, height)
    size = SUBTITLE_SIZE * min(width, height)
    f = font(size)
    lines = _wrap(text, f, safe.width() * 0.92)
    lead = size * 1.3
    top = safe.bottom() - lead * len(lines) - size * 0.2
    band = skia.Paint(AntiAlias=True, Color=skia.Color(0, 0, 0, 110))
    widest = max(f.measureText(line) for line in lines)
    canvas.drawRRect(skia.RRect.MakeRectXY(skia.Rect.MakeLTRB(
        width / 2 - widest / 2 - size * 0.5, top - size * 0.15,
        width / 2 + widest / 2 + size * 0.5, top + lead * len(lines) + size * 0.2), size * 0.3, size * 0.3),
        band)
    ink = skia.Paint(AntiAlias=True, Color=skia.Color(250, 248, 240))
    for i, line in enumerate(lines):
        w = f.measureText(line)
        canvas.drawString(line, width / 2 - w / 2, top + size + lead * i, f, ink)


@lru_cache(maxsize=4)
def title_card(text: str, width: int, height: int, accent: tuple[int, int, int]) -> np.ndarray:
    """A title card as an opaque RGBA array: deep gradient, serif title, a thin accent rule."""
    surf = skia.Surface(width, height)
    c = surf.getCanvas()
    p = skia.Paint()
    p.setShader(skia.GradientShader.MakeRadial(
        skia.Point(width / 2, height * 0.45), max(width, height) * 0.75,
        [skia.Color(28, 24, 44), skia.Color(6, 6, 12)]))
    c.drawPaint(p)
    safe = safe_rect(width, height)
    size = TITLE_SIZE * min(width, height)
    f = font(size, serif=True)
    lines = _wrap(text, f, safe.width() * 0.9)
    lead = size * 1.35
    top = height / 2 - lead * len(lines) / 2
    ink = skia.Paint(AntiAlias=True, Color=skia.Color(246, 240, 226))
    for i, line in enumerate(lines):
        w = f.measureText(line)
        c.drawString(line, width / 2 - w / 2, top + size + lead * i, f, ink)
    rule = skia.Paint(AntiAlias=True, Color=skia.Color(*accent, 220), StrokeWidth=max(1.0, size * 0.04))
    y = top + lead * len(lines) + size * 0.35
    c.drawLine(width / 2 - size * 1.2, y, width / 2 + size * 1.2, y, rule)
    out = np.empty((height, width, 4), dtype=np.uint8)
    surf.readPixels(skia.ImageInfo.Make(width, height, skia.kRGBA_8888_ColorType,
                                        skia.kPremul_AlphaType), out)
    out.setflags(write=False)
    return out
