"""The picture a film is made at, from command-line words: an aspect, a resolution, a rate."""

from __future__ import annotations

import re
from typing import Any

from kinema.errors import KinemaError
from kinema.screenplay.model import Format

ASPECTS: dict[str, tuple[int, int]] = {"16:9": (16, 9), "9:16": (9, 16), "1:1": (1, 1),
                                       "4:3": (4, 3), "21:9": (21, 9)}
RESOLUTIONS = {"480p": 480, "720p": 720, "1080p": 1080, "1440p": 1440, "2160p": 2160}


def _even(x: float) -> int:
    return max(2, 2 * round(x / 2))


def picture(base: Format, aspect: str | None = None, resolution: str | None = None,
            fps: int | None = None) -> Format:
    """`base` with the options given applied. A named resolution is the short side (720p in
    9:16 is 720x1280); WxH is exact and must agree with an aspect given beside it."""
    w, h = base.width, base.height
    if aspect is not None and aspect not in ASPECTS:
        raise KinemaError(f"--aspect: expected one of {', '.join(ASPECTS)}, got {aspect!r}")
    ratio = ASPECTS[aspect] if aspect is not None else None
    if resolution is not None:
        exact = re.fullmatch(r"(\d{1,5})[xX×](\d{1,5})", resolution.strip())
        if exact:
            w, h = int(exact[1]), int(exact[2])
            if ratio is not None and abs(w * ratio[1] - h * ratio[0]) > max(ratio) * 2:
                raise KinemaError(f"--resolution {resolution} is not {aspect} (--aspect); give one of them, "
                                  f"or a size of that shape")
        elif resolution.lower() in RESOLUTIONS:
            short = RESOLUTIONS[resolution.lower()]
            rw, rh = ratio or (w, h)
            w, h = (_even(short * rw / rh), short) if rw >= rh else (short, _even(short * rh / rw))
        else:
            raise KinemaError(f"--resolution: expected {', '.join(RESOLUTIONS)} or WxH (such as 1920x1080), "
                              f"got {resolution!r}")
    elif ratio is not None:  # the same short side as before, in the new shape
        short = min(w, h)
        rw, rh = ratio
        w, h = (_even(short * rw / rh), short) if rw >= rh else (short, _even(short * rh / rw))
    try:
        return Format(width=w, height=h, fps=base.fps if fps is None else fps)
    except ValueError as e:  # pydantic's ValidationError: say which option, in one line
        errors: list[dict[str, Any]] = getattr(e, "errors", list)()
        what = "; ".join(f"{'.'.join(map(str, x['loc']))}: {x['msg']}" for x in errors) or str(e)
        option = "--fps" if errors and errors[0]["loc"][:1] == ("fps",) else "--resolution"
        raise KinemaError(f"{option}: {what}") from None
