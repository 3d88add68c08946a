"""The figures and pictures of docs/sound.md: for every example and seed scene, its soundtrack made
(the world simulated, nothing drawn), encoded to AAC as a render does, decoded and measured
(integrated loudness with pyloudnorm, true peak, onsets against the world's events, time spent);
a spectrogram PNG per seed scene with its events marked.

    .venv/bin/python tools/sound_docs.py --docs docs/sound.md --pictures docs/sound
"""

from __future__ import annotations

import argparse
import io
import platform
import sys
import time
from pathlib import Path

import av
import cv2
import numpy as np
import pyloudnorm

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from quality import films  # noqa: E402

from kinema.audio.encode import write_aac  # noqa: E402
from kinema.audio.film import FilmSound, Mix  # noqa: E402
from kinema.audio.loudness import true_peak_db  # noqa: E402
from kinema.audio.onsets import envelope, onsets  # noqa: E402
from kinema.audio.rate import SR  # noqa: E402
from kinema.audio.table import sound_for  # noqa: E402
from kinema.film.render import events  # noqa: E402
from kinema.film.takes import load_sprites, takes  # noqa: E402
from kinema.screenplay.model import Screenplay  # noqa: E402

BEGIN, END = "<!-- sound:begin -->", "<!-- sound:end -->"


def soundtrack(play: Screenplay, base_dir: Path | None
               ) -> tuple[np.ndarray, np.ndarray, list[tuple[float, str]], float]:
    """The film's encoded and decoded mix, its effects stem, its sounding events (film seconds) and
    the seconds spent on sound."""
    fs, mix = FilmSound(play), Mix(keep_stems=True)
    evs: list[tuple[float, str]] = []
    spent = 0.0
    fps = play.format.fps
    for take in takes(play, load_sprites(play, base_dir, "film")):
        t0 = time.perf_counter()
        mix.add(fs.stems(take))
        spent += time.perf_counter() - t0
        start = fs.starts[take.index]
        evs += [((start + i) / fps, e) for i, e in events(take)
                if sound_for(e.split(":")[0]) not in (None, "thunder")]
    buf = io.BytesIO()
    t0 = time.perf_counter()
    with av.open(buf, "w", format="mp4") as c:
        from kinema.audio.encode import add_aac

        write_aac(c, add_aac(c), mix.pieces())
    spent += time.perf_counter() - t0
    fx = np.concatenate(list(mix.stem_pieces("effects")))
    mix.close()
    buf.seek(0)
    with av.open(buf) as c:
        x = np.concatenate([f.to_ndarray() for f in c.decode(audio=0)], axis=1).T.astype(np.float64)
    return x, fx, evs, spent


def spectrogram(x: np.ndarray, evs: list[tuple[float, str]], path: Path, title: str) -> None:
    """Log-frequency spectrogram (50 Hz to 16 kHz), 1200 px wide, events as labelled lines."""
    mono = x.mean(axis=1)
    width, height, n = 1200, 300, 2048
    hops = np.linspace(0, max(mono.size - n, 0), width).astype(int)
    win = np.hanning(n)
    spec = np.abs(np.fft.rfft(np.stack([mono[h:h + n] * win for h in hops]), axis=1))
    freqs = np.fft.rfftfreq(n, 1 / SR)
    rows = np.geomspace(16000, 50, height)
    img = np.stack([np.interp(rows, freqs, col) for col in spec], axis=1)
    db = 20 * np.log10(img + 1e-9)
    v = np.round(np.clip((db - (db.max() - 80)) / 80, 0, 1) * 31) / 31  # 32 levels: a small PNG
    pic = cv2.applyColorMap((v * 255).astype(np.uint8), cv2.COLORMAP_MAGMA)
    pic = cv2.copyMakeBorder(pic, 24, 0, 0, 0, cv2.BORDER_CONSTANT, value=(255, 255, 255))
    cv2.putText(pic, title, (6, 17), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (0, 0, 0), 1, cv2.LINE_AA)
    dur = mono.size / SR
    for k, (t, e) in enumerate(evs):
        px = int(t / dur * width)
        cv2.line(pic, (px, 24), (px, 24 + height), (80, 255, 80), 1)
        cv2.putText(pic, e.split(":")[0], (px + 3, 40 + 14 * (k % 4)), cv2.FONT_HERSHEY_SIMPLEX, 0.4,
                    (80, 255, 80), 1, cv2.LINE_AA)
    path.parent.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(str(path), pic)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=Path, default=ROOT / "docs" / "sound.md")
    ap.add_argument("--pictures", type=Path, default=ROOT / "docs" / "sound")
    args = ap.parse_args()
    rows = ["| film | length | loudness (LUFS) | true peak (dBTP) | events with an onset in the effects stem "
            "within a frame | sound time |",
            "|---|---|---|---|---|---|"]
    pics = []
    for film in films(ROOT / "examples"):
        x, fx, evs, spent = soundtrack(film.play, film.base_dir)
        lufs = pyloudnorm.Meter(SR).integrated_loudness(x)
        found = onsets(envelope(fx))
        tol = SR / film.play.format.fps
        heard = sum(bool(np.any(np.abs(found - t * SR) <= tol)) for t, _ in evs)
        rows.append(f"| {film.name} | {film.play.duration:g} s | {lufs:.1f} | {true_peak_db(x):.1f} | "
                    f"{heard} of {len(evs)} | {spent:.1f} s |")
        print(rows[-1], flush=True)
        if film.name.startswith("seed-"):
            png = args.pictures / f"{film.name}.png"
            spectrogram(x, evs, png, f"{film.name}: {len(evs)} events")
            pics.append(f"![{film.name}](sound/{png.name})")
    block = "\n".join([BEGIN, f"Measured by `tools/sound_docs.py` on {platform.machine()}, "
                       f"{platform.python_version()}, on 2 shared cores (other work running: times are "
                       f"inflated). Loudness and peak of the AAC-encoded, decoded mix.", "",
                       *rows, "", *pics, END])
    text = args.docs.read_text(encoding="utf-8")
    a, b = text.index(BEGIN), text.index(END) + len(END)
    args.docs.write_text(text[:a] + block + text[b:], encoding="utf-8")


if __name__ == "__main__":
    main()
