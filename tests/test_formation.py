"""Formations (made_of): the formed shape against the subject's picture, the burst and reform on the
trace, every material, the timing fields and their errors, and the burst staying in frame."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import cv2
import numpy as np
import pytest
import skia
import yaml

from kinema.assets import resolve
from kinema.errors import ScreenplayError
from kinema.evaluate.formation import burst_framing
from kinema.film.takes import load_sprites
from kinema.materials import MATERIALS, material
from kinema.plan import plan
from kinema.render.camera import Camera
from kinema.render.formation import draw_formation
from kinema.screenplay import load
from kinema.screenplay.load import parse as loads
from kinema.screenplay.model import ShotSize
from kinema.world import simulate
from kinema.world.formation import picture
from kinema.world.trace import write_trace

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
IOU_MIN = 0.85
COLOUR_DE_MAX = 12.0  # CIE76 ΔE between the formed shape and the picture, both blurred to a piece's size


def _rgba(surf: skia.Surface) -> np.ndarray:
    img = surf.makeImageSnapshot().toarray().astype(np.float32) / 255.0
    if surf.imageInfo().colorType() == skia.ColorType.kBGRA_8888_ColorType:
        img = img[:, :, [2, 1, 0, 3]]
    return img


def _lab(rgb: np.ndarray, alpha: np.ndarray, sigma: float) -> np.ndarray:
    """Colour at the pieces' scale: premultiplied blur, so clear pixels do not darken it."""
    pre = cv2.GaussianBlur((rgb * alpha[:, :, None]).astype(np.float32), (0, 0), sigma)
    cover = cv2.GaussianBlur(alpha.astype(np.float32), (0, 0), sigma)[:, :, None]
    straight = np.clip(pre / np.maximum(cover, 1e-3), 0.0, 1.0).astype(np.float32)
    return cv2.cvtColor(straight, cv2.COLOR_RGB2Lab)  # type: ignore[no-any-return]


def compare_with_picture(play_path: Path, px: int = 256) -> tuple[float, float]:
    """(silhouette IoU, mean ΔE inside) of the formed shape drawn at the subject's picture size."""
    play = load(play_path)
    member = next(m for m in play.cast if m.appearance.made_of)
    state = next(iter(simulate(play, play.scenes[0])))
    form, body = state.formation(member.id), state.entity(member.id)
    assert form is not None and body is not None
    rgba, _ = picture(resolve(member.asset), px)
    if body.facing == 1:  # Twemoji animals face left; this one is staged facing right
        rgba = rgba[:, ::-1]
    w = rgba.shape[1]
    surf = skia.Surface(w, px)
    surf.getCanvas().clear(skia.Color4f(0, 0, 0, 0))
    draw_formation(surf.getCanvas(), form, Camera(body.x, body.y + body.height / 2, px / body.height), w, px)
    drawn = _rgba(surf)
    a, b = drawn[:, :, 3] > 0.5, rgba[:, :, 3] > 0.5
    iou = float((a & b).sum() / (a | b).sum())
    straight = np.where(drawn[:, :, 3:] > 0, drawn[:, :, :3] / np.maximum(drawn[:, :, 3:], 1e-6), 0.0)
    sigma = float(np.median(form.size)) * px / body.height
    de = np.linalg.norm(_lab(straight, drawn[:, :, 3], sigma) - _lab(rgba[:, :, :3], rgba[:, :, 3], sigma),
                        axis=2)
    return iou, float(de[a & b].mean())


def test_the_formed_tiger_is_the_tiger_picture_in_its_colours() -> None:
    iou, de = compare_with_picture(EXAMPLES / "flower_tiger.yaml")
    assert iou >= IOU_MIN, iou
    assert de < COLOUR_DE_MAX, de


def test_stripes_stay_dark_and_the_coat_orange() -> None:
    play = load(EXAMPLES / "flower_tiger.yaml")
    form = next(iter(simulate(play, play.scenes[0]))).formations[0]
    colours = np.array(form.palette, float)[form.tone // 2]
    lum = colours @ [0.3, 0.59, 0.11]
    orange = (colours[:, 0] > 200) & (colours[:, 1] > 120) & (colours[:, 2] < 110)
    assert orange.mean() > 0.5  # the coat
    assert (lum < 90).mean() > 0.08  # the stripes and the eye, in dark pieces
    assert form.material == "flowers"


def test_burst_in_the_air_then_home_within_a_pixel(tmp_path: Path) -> None:
    play = load(EXAMPLES / "flower_tiger.yaml")
    path = tmp_path / "t.jsonl"
    write_trace(play, path)
    recs = [json.loads(x) for x in path.read_text().splitlines()]
    frames = [(r["t"], r["formations"][0]) for r in recs if r["type"] == "frame"]
    burst = [(t, f) for t, f in frames if f["phase"] == "burst"]
    assert burst and burst[0][0] == pytest.approx(4.0, abs=0.05)
    height = play.cast[0].appearance.scale * 0.45
    assert min(f["above_ground"] for _, f in burst) > 0.3 * height  # above the ground, all the burst long
    spread = [f["spread"] for _, f in burst]
    first = spread[: len(spread) // 2]
    assert all(b >= a for a, b in pairwise(first))  # opening out
    assert min(spread[len(spread) // 2:]) > 2 * spread[0]  # and still open when the pieces turn home
    # A full shot of the 1.8 m tiger is about 500 px high: 1 px is under 4 mm. Home means exactly home.
    after = [f for t, f in frames if t >= 14.0]
    assert after and all(f["phase"] == "formed" and f["off_home"] < 0.004 for f in after)
    events = [e for r in recs if r["type"] == "frame" for e in r["events"]]
    assert events.count("burst:tiger") == 1 and events.count("formed:tiger") == 1


def _film(made_of: str, timing: str = "{burst_at: 2, reform_at: 5}", extra: str = "") -> str:
    return f"""
kinema: 1
seed: 3
format: {{width: 320, height: 180, fps: 12}}
cast:
  - id: deer
    asset: {{emoji: "🦌"}}
    archetype: canine
    appearance: {{scale: 2, made_of: "{made_of}", pieces: 160, formation: {timing}}}
scenes:
  - id: s
    setting: {{place: plain, time: day}}
    {extra}
    shots: [{{id: a, duration: 9, size: wide, subjects: [deer]}}]
"""


@pytest.mark.parametrize("mat", [m.name for m in MATERIALS])
def test_every_material_bursts_and_reforms(mat: str) -> None:
    play = loads(_film(mat))
    states = list(simulate(play, play.scenes[0]))
    m = material(mat)
    assert m is not None
    fps = play.format.fps
    formed, air, back = states[fps], states[4 * fps], states[-1]
    f0, f1, f2 = (s.formations[0] for s in (formed, air, back))
    assert f0.material == mat and f1.phase == "burst" and f2.phase == "formed"
    # Gravity is the material's own: sparks and fire rise, sand falls, the rest float.
    rise = float(f1.y.mean() - f0.y.mean())
    if m.gravity < 0:
        assert rise > 0
    assert np.hypot(f2.x - f2.home_x, f2.y - f2.home_y).max() < 1e-6


def test_material_names_in_both_languages() -> None:
    assert material("花朵") is material("flowers") is material("🌸")
    assert material("树叶") is material("leaves")
    assert material("沙子") is material("sand")
    play = loads(_film("树叶"))
    assert next(iter(simulate(play, play.scenes[0]))).formations[0].material == "leaves"


@pytest.mark.parametrize(("made_of", "timing", "needle"), [
    ("flwers", "{}", "made_of must be an emoji or a material"),
    ("flowers", "{burst_at: 4, reform_at: 3}", "reform_at must be after burst_at"),
    ("flowers", "{reform_at: 3}", "reform_at needs burst_at"),
    ("flowers", "{burst_at: 1, hold: -1}", "hold"),
    ("flowers", "{burst_at: 1, origin: sideways}", "origin"),
])
def test_bad_formation_fields_are_named(made_of: str, timing: str, needle: str) -> None:
    with pytest.raises(ScreenplayError) as err:
        loads(_film(made_of, timing))
    assert needle in str(err.value) and "appearance" in str(err.value)


def test_fall_lies_on_the_ground_only_when_asked() -> None:
    play = loads(_film("sand", "{burst_at: 1, reform_at: 7, fall: true}"))
    world = simulate(play, play.scenes[0])
    states = list(world)
    f = states[6 * play.format.fps].formations[0]
    ground = np.interp(f.x, world.terrain.xs, world.terrain.ys)
    assert np.median(f.y - ground) < 0.05  # lying on the ground
    free = loads(_film("sand", "{burst_at: 1, reform_at: 7}"))
    world = simulate(free, free.scenes[0])
    f = list(world)[6 * free.format.fps].formations[0]
    assert np.median(f.y - np.interp(f.x, world.terrain.xs, world.terrain.ys)) > 0.2  # still in the air


def test_same_seed_same_pieces() -> None:
    text = _film("stars")
    a = [s.formations[0] for s in simulate(loads(text), loads(text).scenes[0])]
    b = [s.formations[0] for s in simulate(loads(text), loads(text).scenes[0])]
    assert all(x == y for x, y in zip(a, b, strict=True))
    other = yaml.safe_load(text)
    other["seed"] = 4
    play = loads(yaml.safe_dump(other, allow_unicode=True))
    c = [s.formations[0] for s in simulate(play, play.scenes[0])]
    assert not all(x == y for x, y in zip(a, c, strict=True))


@pytest.mark.parametrize(("prompt", "shape", "mat"), [
    ("a whale made of stars swims through the night sky", "whale", "stars"),
    ("沙子组成的骆驼被风吹散", "camel", "sand"),
    ("a dragon of fire", "dragon", "fire"),
    ("由树叶组成的鹿在森林里", "deer", "leaves"),
])
def test_words_alone_make_a_formation_that_bursts_wide_and_reforms_closer(prompt: str, shape: str,
                                                                         mat: str) -> None:
    play = plan(prompt, 20).screenplay
    member = next(m for m in play.cast if m.id == shape)
    assert member.appearance.made_of == mat and member.appearance.pieces >= 300
    timing = member.appearance.formation
    assert timing.burst_at is not None and timing.reform_at is not None
    if "吹散" in prompt:
        assert timing.origin == "wind"
    shots, t = play.scenes[0].shots, 0.0
    spans = []
    for s in shots:
        spans.append((t, t + s.duration, s.size.value))
        t += s.duration
    assert t == pytest.approx(20.0)
    during = next(size for a, b, size in spans if a <= timing.burst_at < b)
    after = next(size for a, b, size in spans if a <= timing.reform_at + 2.0 < b)
    assert during in ("wide", "extreme-wide") and after in ("full", "medium", "medium-close", "close-up")
    assert not [m for m in play.cast if m.id != shape]  # the material is the pieces, not a member


def test_the_burst_stays_in_frame_in_the_planned_wide_shot() -> None:
    play = plan("A tiger made of flowers bursts apart in mid-air, then reassembles.", 20).screenplay
    tiger = play.cast[0]
    assert tiger.asset.emoji == "🐅"  # the whole animal, not its face
    framing = burst_framing(play, load_sprites(play, None, "test"))
    wide = [b for b in framing if b.shot.endswith("-2")]
    assert wide and all(b.frames > 0 and b.ok for b in wide), framing
    # The same burst filmed closer loses pieces off the frame's edges, and the check says so.
    closer = play.model_copy(deep=True)
    closer.scenes[0].shots[1].size = ShotSize.FULL
    framed = [b for b in burst_framing(closer, load_sprites(closer, None, "test")) if b.shot.endswith("-2")]
    assert framed and not framed[0].ok


def test_the_shape_holds_then_breathes_and_nods_again() -> None:
    play = load(EXAMPLES / "flower_tiger.yaml")  # whole again at 11.4 s, hold 1.5 s
    states = list(simulate(play, play.scenes[0]))
    fps = play.format.fps

    def homes(a: float, b: float) -> np.ndarray:
        return np.array([s.formations[0].home_y for s in states[round(a * fps):round(b * fps)]])

    assert np.ptp(homes(11.5, 12.8), axis=0).max() < 1e-6  # holding still
    moving = np.ptp(homes(14.0, 18.0), axis=0)
    assert moving.max() > 0.02  # the head nods by a few centimetres
    assert np.median(moving) > 0.005  # and the whole shape breathes
