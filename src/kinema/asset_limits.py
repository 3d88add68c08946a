"""Caps on a user's picture, read from its bytes before anything decodes it.

A PNG's header states its size, and a decoder allocates what it states: a 50 KB file whose
header says 30000x30000 asks for 3.6 GB. An SVG's cost grows with its elements and its
nesting (skia's SVG DOM recurses once per level). Both are measured here without a decoder:
the PNG's IHDR chunk with struct, the SVG with a linear scan of its tags.
"""

from __future__ import annotations

import re
import struct

from kinema.errors import AssetError
from kinema.screenplay.limits import MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, MAX_SVG_DEPTH, MAX_SVG_ELEMENTS

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# One start tag from its '<' to its '>', quoted attribute values skipped whole (a quote may
# hold a '>'). Each alternative begins with a different character, so matching is linear.
_START_TAG = re.compile(rb"""<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>""")


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which the PNG standard puts first (11.2.2)."""
    if len(data) < 24 or not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise AssetError("not a PNG file (its first bytes are not a PNG signature and IHDR header)")
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def check_png(data: bytes) -> None:
    width, height = png_size(data)
    if width == 0 or height == 0:
        raise AssetError(f"the PNG is {width}x{height} pixels: empty")
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
        raise AssetError(f"the PNG is {width}x{height} pixels; the limit is {MAX_IMAGE_SIDE} pixels a "
                         f"side and {MAX_IMAGE_PIXELS:,} pixels in all")


def svg_shape(data: bytes) -> tuple[int, int]:
    """(elements, deepest nesting) of an SVG, counted by one pass over its tags.

    Stops with an AssetError as soon as a limit is passed; a malformed tail is left for the
    SVG parser to refuse.
    """
    elements = depth = deepest = 0
    pos, n = 0, len(data)
    while (i := data.find(b"<", pos)) >= 0:
        if data.startswith(b"<!--", i):
            end = data.find(b"-->", i + 4)
            pos = n if end < 0 else end + 3
        elif data.startswith(b"<![CDATA[", i):
            end = data.find(b"]]>", i + 9)
            pos = n if end < 0 else end + 3
        elif data.startswith((b"<!", b"<?"), i):
            end = data.find(b">", i)
            pos = n if end < 0 else end + 1
        elif data.startswith(b"</", i):
            depth = max(0, depth - 1)
            end = data.find(b">", i)
            pos = n if end < 0 else end + 1
        else:
            m = _START_TAG.match(data, i)
            if m is None:
                break
            pos = m.end()
            elements += 1
            if elements > MAX_SVG_ELEMENTS:
                raise AssetError(f"the SVG has more than {MAX_SVG_ELEMENTS:,} elements; that is the limit")
            if not m.group().endswith(b"/>"):
                depth += 1
                deepest = max(deepest, depth)
                if depth > MAX_SVG_DEPTH:
                    raise AssetError(f"the SVG nests deeper than {MAX_SVG_DEPTH} levels; that is the limit")
    return elements, deepest


def check_svg(data: bytes) -> None:
    # Entities can expand to gigabytes inside the XML parser ("billion laughs"); artwork needs none.
    if b"<!ENTITY" in data:
        raise AssetError("the SVG declares XML entities (<!ENTITY ...>), which kinema does not read")
    svg_shape(data)
