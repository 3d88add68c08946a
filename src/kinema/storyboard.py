"""Storyboard sheets: a panel per shot with a frame from its middle, as a director hands the crew.

Each panel shows the shot's id, size, move, transition and duration, and the action in
words: the shot's description, then what the cast does during the shot (names in Chinese
and English). Frames come from the film loop with one frame picked per shot, so a sheet
costs one frame per shot and shows exactly what the film shows. Written as PNG or PDF
(skia's PDF backend), atomically.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pylopdf_fonts_zh_cn
import skia

from kinema.atomic import PartFile, check_parent
from kinema.errors import OutputError
from kinema.film.loop import middle, picked_frames
from kinema.film.takes import Take
from kinema.render.sprites import Sprite
from kinema.render.vector import VectorBackend
from kinema.screenplay.model import Scene, Screenplay, Shot

PANEL_W = 360.0  # points
GAP, MARGIN, HEADER = 22.0, 36.0, 64.0
TEXT_LINES = 4
INK, SOFT, PAPER = skia.Color(28, 28, 34), skia.Color(110, 110, 122), skia.Color(250, 249, 246)
FORMATS = (".png", ".pdf")


@dataclass(frozen=True)
class Panel:
    scene: Scene
    shot: Shot
    frame: np.ndarray  # RGBA
    action: str


def _words(play: Screenplay, scene: Scene, start: float, end: float) -> str:
    """What each member does while the shot runs, in the names the screenplay gives."""
    out = []
    for a in scene.actions:
        if a.at < end and (a.until is None or a.until > start):
            n = play.member(a.who).name
            who = " ".join(x for x in (n.zh, n.en) if x) or a.who
            out.append(f"{who}: {a.do.value}")
    return "; ".join(dict.fromkeys(out))


def panel(play: Screenplay, take: Take, frame: np.ndarray) -> Panel:
    """A panel for a shot's frame (copied): what the cast does while the shot runs."""
    scene, shot = take.scene, take.job.shot
    start = 0.0
    for s in scene.shots:
        if s.id == shot.id:
            break
        start += s.duration
    return Panel(scene, shot, frame.copy(), _words(play, scene, start, start + shot.duration))


def panels(play: Screenplay, sprites: dict[str, Sprite]) -> Iterator[Panel]:
    """The middle frame of every shot, drawn through the film loop: the film's own pixels."""
    for take, _, frame in picked_frames(play, sprites, VectorBackend(), middle):
        yield panel(play, take, frame)


def _font(size: float) -> skia.Font:
    face = skia.Typeface.MakeFromFile(str(pylopdf_fonts_zh_cn.sans_path()))
    font = skia.Font(face, size)
    font.setEdging(skia.Font.Edging.kAntiAlias)
    return font


def _wrap(text: str, font: skia.Font, width: float, lines: int) -> list[str]:
    """Greedy wrap: Chinese breaks between characters, other text between words."""
    tokens = re.findall(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff]+\s*|\s+", text)
    out, line = [], ""
    for tok in tokens:
        if line and font.measureText(line + tok.rstrip()) > width:
            out.append(line.rstrip())
            line = tok.lstrip()
        else:
            line += tok
    if line.strip():
        out.append(line.rstrip())
    if len(out) > lines:
        out = out[:lines]
        while out[-1] and font.measureText(out[-1] + "…") > width:
            out[-1] = out[-1][:-1]
        out[-1] += "…"
    return out


class Sheet:
    def __init__(self, play: Screenplay, items: list[Panel]) -> None:
        self.play, self.items = play, items
        fmt = play.format
        self.cols = 4 if fmt.height > fmt.width else 3
        self.pw = PANEL_W * (0.62 if fmt.height > fmt.width else 1.0)
        self.ih = self.pw * fmt.height / fmt.width
        self.ph = self.ih + 30 + 15 * TEXT_LINES
        rows = max(1, -(-len(items) // self.cols))
        self.width = 2 * MARGIN + self.cols * self.pw + (self.cols - 1) * GAP
        self.height = 2 * MARGIN + HEADER + rows * self.ph + (rows - 1) * GAP

    def draw(self, canvas: skia.Canvas) -> None:
        canvas.drawColor(PAPER)
        title, small, bold = _font(20), _font(10.5), _font(12.5)
        bold.setEmbolden(True)
        ink, soft = skia.Paint(AntiAlias=True, Color=INK), skia.Paint(AntiAlias=True, Color=SOFT)
        play = self.play
        canvas.drawString(play.title or "kinema film", MARGIN, MARGIN + 18, title, ink)
        sub = (f"{len(self.items)} shots · {play.duration:g} s · {play.format.width}x{play.format.height} "
               f"@ {play.format.fps} fps · seed {play.seed}")
        if play.prompt:
            sub += " · " + play.prompt
        canvas.drawString(_wrap(sub, small, self.width - 2 * MARGIN, 1)[0], MARGIN, MARGIN + 40, small, soft)
        sampling = skia.SamplingOptions(skia.FilterMode.kLinear, skia.MipmapMode.kLinear)
        frame_line = skia.Paint(AntiAlias=True, Color=INK, Style=skia.Paint.kStroke_Style, StrokeWidth=1)
        for k, p in enumerate(self.items):
            x = MARGIN + (k % self.cols) * (self.pw + GAP)
            y = MARGIN + HEADER + (k // self.cols) * (self.ph + GAP)
            # Downscaled to twice the panel's size: crisp in print, a light PDF.
            small_frame = cv2.resize(p.frame, (round(self.pw * 2), round(self.ih * 2)),
                                     interpolation=cv2.INTER_AREA)
            image = skia.Image.fromarray(small_frame, colorType=skia.kRGBA_8888_ColorType)
            rect = skia.Rect.MakeXYWH(x, y, self.pw, self.ih)
            canvas.drawImageRect(image, rect, sampling)
            canvas.drawRect(rect, frame_line)
            s = p.shot
            ty = y + self.ih + 16
            canvas.drawString(f"{s.id}", x, ty, bold, ink)
            dur = f"{s.duration:g} s"
            canvas.drawString(dur, x + self.pw - small.measureText(dur), ty, small, ink)
            what = f"{p.scene.id} · {s.size.value} · {s.move.value}"
            if s.transition.value != "cut":
                what += f" · {s.transition.value}"
            canvas.drawString(what, x + bold.measureText(s.id) + 10, ty, small, soft)
            text = " — ".join(t for t in (s.description, p.action) if t)
            for i, line in enumerate(_wrap(text, small, self.pw, TEXT_LINES)):
                canvas.drawString(line, x, ty + 16 + 15 * i, small, ink)


def check_output(output: Path) -> str:
    """The sheet's kind (.png or .pdf), before any frame is drawn."""
    kind = Path(output).suffix.lower()
    if kind not in FORMATS:
        raise OutputError(f"{output}: a storyboard is written as .png or .pdf, got {kind or 'no suffix'!r}")
    check_parent(Path(output))
    return kind


def write(play: Screenplay, sprites: dict[str, Sprite], output: Path, scale: float = 2.0) -> Path:
    """Draw the middle frame of every shot and write the sheet to `output` (.png or .pdf)."""
    check_output(output)
    return write_panels(play, list(panels(play, sprites)), output, scale)


def write_panels(play: Screenplay, items: list[Panel], output: Path, scale: float = 2.0) -> Path:
    """Write a sheet of panels already drawn; nothing is left behind on failure."""
    output = Path(output)
    kind = check_output(output)
    sheet = Sheet(play, items)
    with PartFile(output, f".part{kind}") as part:
        if kind == ".pdf":
            stream = skia.FILEWStream(str(part.path))
            doc = skia.PDF.MakeDocument(stream, skia.PDF.Metadata({"Title": play.title or "kinema storyboard",
                                                                  "Creator": "kinema"}))
            sheet.draw(doc.beginPage(sheet.width, sheet.height))
            doc.endPage()
            doc.close()
            stream.flush()
            del stream
        else:
            surface = skia.Surface(round(sheet.width * scale), round(sheet.height * scale))
            canvas = surface.getCanvas()
            canvas.scale(scale, scale)
            sheet.draw(canvas)
            data = surface.makeImageSnapshot().encodeToData(skia.EncodedImageFormat.kPNG, 100)
            part.write_bytes(bytes(data))
        part.publish()
    return output
