"""What the default look's film grain and the x264 options cost the encoder, on the same frames.

Draws the first frames of a seed film once per grain variant (the overlay swapped, nothing
else), keeps them as I420, then encodes each set with each x264 option set in this process
and reports CPU per frame (user + system of the process: the encoder's threads included),
bytes, and the PSNR of the decoded luma against the frames that went in. Markdown to stdout.
"""

from __future__ import annotations

import argparse
import io
import itertools
import statistics
import time
from pathlib import Path

import av
import cv2
import numpy as np

from kinema.encode.writer import CRF, ENCODER_THREADS, FILM_PARAMS, PRESET, X264_PARAMS

ROOT = Path(__file__).resolve().parents[1]

# x264 option sets: name -> (preset, extra x264-params after mbtree=0). "film": what
# encode/writer.py ships; "veryfast": what it shipped before 2026-11-27.
OPTIONS: dict[str, tuple[str, str]] = {
    "film": (PRESET, FILM_PARAMS.removeprefix(X264_PARAMS).lstrip(":")),
    "veryfast": ("veryfast", ""),
    "superfast": ("superfast", ""),
    "ultrafast": ("ultrafast", ""),
    "vf-dia": ("veryfast", "me=dia"),
    "vf-nopart": ("veryfast", "partitions=none"),
    "vf-sub1": ("veryfast", "subme=1"),
    "vf-noaq": ("veryfast", "aq-mode=0"),
    "vf-nodeblock": ("veryfast", "no-deblock=1"),
    "vf-look0": ("veryfast", "rc-lookahead=0"),
    "vf-bf0": ("veryfast", "bframes=0"),
    "sf-bf": ("superfast", "bframes=3:b-adapt=0"),
    "uf-cabac": ("ultrafast", "cabac=1:8x8dct=1:bframes=3:b-adapt=0"),
    "uf-cabac-db": ("ultrafast", "cabac=1:8x8dct=1:bframes=3:b-adapt=0:deblock=1:partitions=i8x8,i4x4"),
    "uf-db": ("ultrafast", "cabac=1:8x8dct=1:bframes=3:b-adapt=0:deblock=1"),
    "uf-db-aq": ("ultrafast", "cabac=1:8x8dct=1:bframes=3:b-adapt=0:deblock=1:aq-mode=1"),
}


def frames(film: str, n: int, skip: int, width: int, height: int, grain: str) -> list[np.ndarray]:
    """`n` I420 frames of `film` after `skip`, drawn with the plain look's grain scaled to `grain`
    over the whole frame ("1.0") or in the vignette only ("v1.0")."""
    from dataclasses import replace

    from kinema.film.loop import film_frames
    from kinema.film.takes import load_sprites
    from kinema.render import overlay, style
    from kinema.screenplay import load
    from kinema.screenplay.model import Style

    play = load(ROOT / "examples" / f"{film}.yaml")
    play = play.model_copy(update={"format": play.format.model_copy(update={"width": width, "height": height})})
    saved = style.STYLES[Style.PLAIN]
    style.STYLES[Style.PLAIN] = replace(saved, grain=float(grain.lstrip("v")),
                                        grain_centre=0.0 if grain.startswith("v") else 1.0)
    overlay.finish_overlay.cache_clear()
    try:
        out = [cv2.cvtColor(f, cv2.COLOR_RGBA2YUV_I420)
               for f in itertools.islice(film_frames(play, load_sprites(play, None, "bench")), skip, skip + n)]
    finally:
        style.STYLES[Style.PLAIN] = saved
        overlay.finish_overlay.cache_clear()
    return out


def encode(yuv: list[np.ndarray], width: int, height: int, preset: str, params: str,
           threads: int = ENCODER_THREADS) -> tuple[float, int, float]:
    """CPU ms per frame, bytes, luma PSNR (dB) of one encode of `yuv` at the film's CRF."""
    from fractions import Fraction

    buf = io.BytesIO()
    t0 = time.process_time()
    with av.open(buf, mode="w", format="mp4") as c:
        s = c.add_stream("libx264", rate=24)
        s.codec_context.time_base = Fraction(1, 24)
        s.width, s.height, s.pix_fmt = width, height, "yuv420p"
        s.codec_context.thread_type = "FRAME"
        s.codec_context.thread_count = threads
        s.options = {"crf": str(CRF), "preset": preset,
                     "x264-params": ":".join(p for p in (X264_PARAMS, params) if p)}
        for i, f in enumerate(yuv):
            fr = av.VideoFrame.from_ndarray(f, format="yuv420p")
            fr.pts, fr.time_base = i, Fraction(1, 24)
            for p in s.encode(fr):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    cpu = (time.process_time() - t0) / len(yuv) * 1e3
    data = buf.getvalue()
    mse = []
    with av.open(io.BytesIO(data)) as d:
        for src, fr in zip(yuv, d.decode(video=0), strict=True):
            y = fr.to_ndarray(format="yuv420p")[:height]
            mse.append(float(np.mean((y.astype(np.float32) - src[:height].astype(np.float32)) ** 2)))
    m = statistics.mean(mse)
    return cpu, len(data), 10 * np.log10(255.0**2 / max(m, 1e-9))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--films", default="neon,dance_rain")
    ap.add_argument("--frames", type=int, default=96)
    ap.add_argument("--skip", type=int, default=48, help="frames skipped first (the fade in)")
    ap.add_argument("--size", default="1280x720")
    ap.add_argument("--grains", default="1.0,0.0,v1.0",
                    help="plain-look grain scales to compare (v: in the vignette only)")
    ap.add_argument("--options", default="veryfast,film", help=f"x264 option sets of {list(OPTIONS)}")
    ap.add_argument("--repeats", type=int, default=2)
    args = ap.parse_args()
    w, h = (int(v) for v in args.size.split("x"))
    print("| film | grain | x264 | CPU ms/frame | bytes | PSNR Y dB |\n|---|---|---|---|---|---|")
    for film in args.films.split(","):
        sets = {g: frames(film, args.frames, args.skip, w, h, g) for g in args.grains.split(",")}
        for g, yuv in sets.items():
            for name in args.options.split(","):
                preset, params = OPTIONS[name]
                runs = [encode(yuv, w, h, preset, params) for _ in range(args.repeats)]
                cpu = statistics.median(r[0] for r in runs)
                print(f"| {film} | {g} | {name} | {cpu:.1f} | {runs[0][1]:,} | {runs[0][2]:.2f} |", flush=True)


if __name__ == "__main__":
    main()
