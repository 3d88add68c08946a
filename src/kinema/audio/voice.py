"""Speech: the shots' narration and subtitle lines spoken by espeak-ng, each starting at its shot's
first sample in the film's voice stem, and the music's ducking under them.

espeak-ng (the Debian package `espeak-ng`) is a formant synthesiser with no model and nothing
random: the same text, voice and rate give the same samples in any process. A line is placed on
the film's timeline before any shot is made (only its length is kept), so each shot's window of
the voice and of the ducking is computed alone and joins its neighbours sample for sample. A
line still speaking when the next begins is faded out under it.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from kinema.audio.rate import SR, at
from kinema.audio.signal import resample_poly
from kinema.errors import KinemaError
from kinema.screenplay.model import Language, Screenplay, Voice, VoiceLines

ESPEAK = "espeak-ng"
ESPEAK_VOICE = {"en": "en-us", "zh": "cmn"}
VARIANT = {"male": "+m3", "female": "+f3"}
LINE_GAP_S = 0.3  # between a shot's narration and its subtitle
CUT_FADE_S = 0.03  # a line cut by the next one fades out over its last 30 ms
VOICE_PEAK = 0.5
SILENCE = 0.01  # of a line's peak: quieter samples at its head and tail are trimmed
DUCK_DB = -10.0
DUCK_ATTACK_S, DUCK_RELEASE_S = 0.05, 0.25


class VoiceError(KinemaError):
    pass


@dataclass(frozen=True)
class Line:
    """A spoken line on the film's timeline: samples [start, end) of the film."""

    text: str
    language: str  # "en" or "zh"
    variant: str
    rate: int
    start: int
    end: int
    cut: bool  # ended early by the next line (faded) rather than by its own last word

    def samples(self) -> np.ndarray:
        return speak(self.text, self.language, self.variant, self.rate)


def language_of(text: str, language: Language) -> str:
    if language != Language.AUTO:
        return language.value
    return "zh" if any("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" for c in text) else "en"


@lru_cache(maxsize=4)  # a line is heard by a shot or two, in film order: keep few (a line may be long)
def speak(text: str, language: str, variant: str, rate: int) -> np.ndarray:
    """One line as mono float32 at 48 kHz, its silent head and tail trimmed, peak at VOICE_PEAK."""
    exe = shutil.which(ESPEAK)
    if exe is None:
        raise VoiceError(f"voice: the screenplay asks for speech but {ESPEAK} is not installed "
                         f"(Debian: apt-get install espeak-ng, or `make system-libs`); remove `voice` "
                         f"to render without speech")
    cmd = [exe, "-v", ESPEAK_VOICE[language] + VARIANT[variant], "-s", str(rate), "--stdout", "--stdin"]
    try:
        proc = subprocess.run(cmd, input=text.encode("utf-8"), capture_output=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise VoiceError(f"voice: {ESPEAK} failed on the line {text[:40]!r}: {e}") from None
    if proc.returncode != 0:
        why = proc.stderr.decode("utf-8", "replace").strip().splitlines() or [f"exit {proc.returncode}"]
        raise VoiceError(f"voice: {ESPEAK} failed on the line {text[:40]!r}: {why[-1]}")
    return _trimmed(*_pcm(proc.stdout))


def _pcm(data: bytes) -> tuple[np.ndarray, int]:
    """16-bit mono PCM out of espeak-ng's streamed WAV (its header's sizes are placeholders)."""
    with wave.open(io.BytesIO(data[:44])) as w:  # header only: rate and format
        rate, width, channels = w.getframerate(), w.getsampwidth(), w.getnchannels()
    if width != 2 or channels != 1 or data[36:40] != b"data":
        raise VoiceError(f"voice: {ESPEAK} wrote unexpected audio ({channels} channels, {8 * width} bit)")
    body = data[44:len(data) - (len(data) - 44) % 2]
    return np.frombuffer(body, "<i2").astype(np.float64) / 32768.0, rate


def _trimmed(x: np.ndarray, rate: int) -> np.ndarray:
    if rate != SR:
        g = np.gcd(SR, rate)
        x = resample_poly(x, SR // g, rate // g)
    peak = float(np.abs(x).max()) if x.size else 0.0
    if peak == 0.0:
        return np.zeros(0, np.float32)
    loud = np.flatnonzero(np.abs(x) > SILENCE * peak)
    x = x[loud[0]:loud[-1] + 1]
    return (x * (VOICE_PEAK / peak)).astype(np.float32)


def _texts(shot_narration: str, shot_subtitle: str, voice: Voice) -> Iterator[str]:
    if shot_narration.strip() and voice.lines in (VoiceLines.NARRATION, VoiceLines.ALL):
        yield shot_narration
    if shot_subtitle.strip() and voice.lines in (VoiceLines.SUBTITLES, VoiceLines.ALL):
        yield shot_subtitle


def lines(play: Screenplay, shot_starts: list[int]) -> list[Line]:
    """Every spoken line of the film, in order; `shot_starts` is each shot's first film frame."""
    voice = play.voice
    if voice is None:
        return []
    fps, total = play.format.fps, at(shot_starts[-1], play.format.fps)
    shots = [shot for scene in play.scenes for shot in scene.shots]
    placed: list[tuple[int, int, str, str]] = []
    for i, shot in enumerate(shots):
        if not shot.spoken:
            continue
        t = at(shot_starts[i], fps)
        for text in _texts(shot.narration, shot.subtitle, voice):
            language = language_of(text, voice.language)
            n = len(speak(text, language, voice.variant.value, voice.rate))
            placed.append((t, n, text, language))
            t += n + int(LINE_GAP_S * SR)
    placed.sort(key=lambda p: p[0])
    out = []
    for k, (start, n, text, language) in enumerate(placed):
        nxt = placed[k + 1][0] if k + 1 < len(placed) else total
        end = min(start + n, nxt, total)
        if end > start:
            out.append(Line(text, language, voice.variant.value, voice.rate, start, end, end < start + n))
    return out


def overlapping(spoken: list[Line], a: int, b: int) -> list[Line]:
    return [ln for ln in spoken if ln.start < b and ln.end > a]


def reaching(spoken: list[Line], a: int, b: int) -> list[object]:
    """All that film samples [a, b) of the voice and the ducking depend on: the lines heard in
    them, the start of one whose duck eases in at their end, the end of one easing out at their
    start."""
    att, rel = int(DUCK_ATTACK_S * SR), int(DUCK_RELEASE_S * SR)
    out: list[object] = []
    for ln in overlapping(spoken, a - rel, b + att):
        if ln.start < b and ln.end > a:
            out.append(ln)
        else:
            out.append(("eases in at", ln.start) if ln.start >= b else ("eases out from", ln.end))
    return out


def render(spoken: list[Line], a: int, b: int) -> np.ndarray:
    """Film samples [a, b) of the voice stem, (b - a, 2), the voice in the centre."""
    out = np.zeros(b - a)
    for ln in overlapping(spoken, a, b):
        s, e = max(a, ln.start), min(b, ln.end)
        x = ln.samples()[s - ln.start:e - ln.start].astype(np.float64)
        if ln.cut:  # fade to nothing at the cut, in film samples so a shot boundary changes nothing
            k = np.arange(s, e)
            x = x * np.clip((ln.end - k) / (CUT_FADE_S * SR), 0.0, 1.0)
        out[s - a:e - a] += x
    stereo: np.ndarray = np.repeat(out[:, None], 2, axis=1) * np.sqrt(0.5)
    return stereo


def duck(spoken: list[Line], a: int, b: int) -> np.ndarray:
    """The music's gain over film samples [a, b): down 10 dB while a line speaks, easing in over
    50 ms before it and out over 250 ms after."""
    att, rel = int(DUCK_ATTACK_S * SR), int(DUCK_RELEASE_S * SR)
    k = np.arange(a, b, dtype=np.float64)
    w = np.zeros(b - a)
    for ln in overlapping(spoken, a - rel, b + att):
        w = np.maximum(w, np.interp(k, [ln.start - att, ln.start, ln.end, ln.end + rel], [0.0, 1.0, 1.0, 0.0]))
    return np.asarray(1.0 - (1.0 - 10 ** (DUCK_DB / 20)) * w, np.float64)
