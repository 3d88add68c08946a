"""Voice: the shots' lines spoken by espeak-ng at their shot's first sample, in English and Chinese,
the music ducked under them, seamless across shots, and clear errors."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import ROOT, run_cli, tiny_film

from kinema.audio import voice as speech
from kinema.audio.film import FilmSound
from kinema.audio.onsets import envelope, onsets
from kinema.audio.rate import SR, at
from kinema.film.takes import load_sprites, takes
from kinema.screenplay.model import Screenplay

EN = "The wolf climbs the mountain."
ZH = "狼在山顶上对着月亮嚎叫。"


def _film(voice: dict[str, Any] | None = None, fps: int = 24, **shot_b: Any) -> Screenplay:
    data = tiny_film()
    data["format"]["fps"] = fps
    shots = data["scenes"][0]["shots"]
    shots[0].update(duration=2.0, subtitle=EN)
    shots[1].update(duration=6.0, subtitle=ZH, **shot_b)
    if voice is not None:
        data["voice"] = voice
    return Screenplay.model_validate(data)


def _stems(play: Screenplay) -> dict[str, np.ndarray]:
    fs = FilmSound(play)
    per_shot = [fs.stems(t) for t in takes(play, load_sprites(play, None, "t"))]
    return {k: np.concatenate([s[k] for s in per_shot]) for k in per_shot[0]}


def _starts(play: Screenplay) -> list[int]:
    """Each shot's first film sample."""
    fps, out, t = play.format.fps, [], 0.0
    for shot in play.scenes[0].shots:
        out.append(at(round(t * fps), fps))
        t += shot.duration
    return out


def test_each_line_starts_at_its_shot_within_a_frame_in_english_and_chinese() -> None:
    play = _film({})
    voice = _stems(play)["voice"]
    pad = 48 * 25  # silence before the film: the detector needs 20 ms before an onset
    found = onsets(envelope(np.concatenate([np.zeros((pad, 2), np.float32), voice]))) - pad
    frame = SR / play.format.fps
    for start in _starts(play):
        assert found.size and np.abs(found - start).min() <= frame, f"no speech onset within a frame of {start}"
        assert not np.any(voice[max(0, start - int(0.2 * SR)):start])  # silence before the line
    a, b = _starts(play)
    en, zh = voice[a:b], voice[b:]
    assert np.sqrt((en ** 2).mean()) > 0.02 and np.sqrt((zh ** 2).mean()) > 0.02  # both speak
    # each line is espeak-ng's speech of its text in its language, placed whole at its shot's start
    said_zh = speech.speak(ZH, "zh", "female", 150)
    said_en = speech.speak(EN, "en", "female", 150)
    assert np.allclose(voice[b:b + said_zh.size, 0], said_zh * np.sqrt(0.5), atol=1e-6)
    assert np.allclose(voice[a:a + said_en.size, 0], said_en * np.sqrt(0.5), atol=1e-6)
    assert not np.array_equal(said_zh[:4000], speech.speak(ZH, "en", "female", 150)[:4000])
    assert [ln.language for ln in speech.lines(play, [0, 48, 192])] == ["en", "zh"]


def test_music_is_ducked_under_the_voice_and_nowhere_else() -> None:
    loud, quiet = _stems(_film(None))["music"], _stems(_film({}))["music"]
    a, b = _starts(_film({}))
    n_en = speech.speak(EN, "en", "female", 150).size
    mid = slice(a + int(0.2 * SR), a + n_en - int(0.05 * SR))  # inside the English line
    ratio = np.sqrt((quiet[mid] ** 2).mean() / (loud[mid] ** 2).mean())
    assert ratio == pytest.approx(10 ** (-10 / 20), rel=0.01)
    after = slice(a + n_en + int(0.3 * SR), b - int(0.06 * SR))  # released before the Chinese line
    assert np.array_equal(quiet[after], loud[after])


def test_without_a_voice_nothing_is_spoken() -> None:
    play = _film(None)
    assert not np.any(_stems(play)["voice"])  # subtitles, but no `voice`: silent as before
    assert not np.any(_stems(_film({}, spoken=False))["voice"][_starts(play)[1]:])
    only_narration = _film({"lines": "narration"}, narration="A wolf on the mountain.")
    lines = speech.lines(only_narration, [0, 48, 192])
    assert [ln.text for ln in lines] == ["A wolf on the mountain."]


def test_narration_then_subtitle_and_a_long_line_is_cut_by_the_next() -> None:
    play = _film({"rate": 80}, narration="Night falls.")
    a, b = _starts(play)
    lines = speech.lines(play, [0, 48, 192])
    assert [ln.text for ln in lines] == [EN, "Night falls.", ZH]
    en, night, zh = lines
    assert en.start == a and en.cut and en.end == night.start == b  # slow speech runs over its shot
    assert zh.start == night.end + int(speech.LINE_GAP_S * SR) and not night.cut
    voice = speech.render(lines, 0, zh.end)
    assert np.abs(voice[b - 12:b]).max() < 0.01  # faded out at the cut


def test_voice_joins_across_shots_sample_for_sample() -> None:
    play = _film({"rate": 80}, fps=12)  # a slow line runs across the cut
    whole = speech.render(speech.lines(play, [0, 24, 96]), 0, 8 * SR)
    assert np.array_equal(_stems(play)["voice"], whole.astype(np.float32))


def test_speech_is_the_same_in_another_process() -> None:
    code = ("import hashlib; from kinema.audio.voice import speak; "
            f"print(hashlib.sha256(speak({ZH!r}, 'zh', 'male', 150).tobytes()).hexdigest())")
    here = hashlib.sha256(speech.speak(ZH, "zh", "male", 150).tobytes()).hexdigest()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        assert out.stdout.strip() == here


def test_missing_espeak_is_a_clear_error(tmp_path: Path, tmp_film, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(speech.shutil, "which", lambda name: None)
    speech.speak.cache_clear()
    with pytest.raises(speech.VoiceError, match="espeak-ng is not installed"):
        FilmSound(_film({}))
    speech.speak.cache_clear()
    film = tmp_film(_film({}).model_dump(mode="json"))
    out = tmp_path / "v.mp4"
    env_path = str(Path(sys.executable).parent)  # the venv only: no espeak-ng on the PATH
    proc = subprocess.run([sys.executable, "-m", "kinema", "render", str(film), "-o", str(out), "--quiet"],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PATH": env_path})
    assert proc.returncode == 2 and "espeak-ng is not installed" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists() and not list(tmp_path.glob("*.part*"))


def test_a_bad_voice_field_is_named(tmp_film) -> None:  # type: ignore[no-untyped-def]
    data = _film({}).model_dump(mode="json")
    data["voice"]["rate"] = 1000
    proc = run_cli("validate", str(tmp_film(data)))
    assert proc.returncode == 2 and "voice.rate" in proc.stderr
    data["voice"] = {"language": "fr"}
    proc = run_cli("validate", str(tmp_film(data)))
    assert proc.returncode == 2 and "voice.language" in proc.stderr


def test_the_voice_stem_is_exported_with_the_lines(tmp_path: Path, tmp_film) -> None:  # type: ignore[no-untyped-def]
    from kinema.audio.encode import read_wav

    play = _film({}, fps=12)
    out = tmp_path / "stems"
    proc = run_cli("export", str(tmp_film(play.model_dump(mode="json"))), "--format", "stems", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    voice = read_wav(out / "voice.wav")
    lines = speech.lines(play, [0, 24, 96])
    heard = np.flatnonzero(np.abs(voice[:, 0]) > 1e-4)
    assert heard[0] == lines[0].start and np.any(voice[lines[1].start:lines[1].start + 2400])
    assert not np.any(voice[lines[0].end:lines[1].start])  # silence between the lines
