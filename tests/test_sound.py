"""Sound: effects at the sample of each world event, seamless ambience, the score, loudness and peak
of the encoded film, determinism, --no-audio."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pyloudnorm
import pytest
from conftest import EXAMPLES, run_cli, scene_film, tiny_film

from kinema.audio import loudness
from kinema.audio.ambience import ambience
from kinema.audio.film import FilmSound, Mix, Sound
from kinema.audio.onsets import envelope
from kinema.audio.onsets import onsets as find_onsets
from kinema.audio.rate import SR, at
from kinema.audio.score import Score, notes
from kinema.audio.table import ACTION_SOUNDS, sound_for
from kinema.evaluate.audio import audio_report, trace_events
from kinema.film.render import events, render
from kinema.film.takes import load_sprites, takes
from kinema.screenplay.load import load
from kinema.screenplay.model import Screenplay, Setting
from kinema.world.trace import write_trace


def onsets(x: np.ndarray) -> np.ndarray:
    return find_onsets(envelope(x))


def _effects(play: Screenplay) -> list[tuple[np.ndarray, tuple[tuple[int, str], ...], int]]:
    fs = FilmSound(play, Sound(music=False))
    return [(fs.stems(t)["effects"], events(t), t.job.frames)
            for t in takes(play, load_sprites(play, None, "t"))]


EXPLOSION = scene_film(
    [{"id": "dog", "asset": {"emoji": "🐕"}, "archetype": "canine"}],
    {"setting": {"place": "plain"}, "effects": [{"kind": "explosion", "at": 1.5, "x": 2.0}]}, duration=3.0)


@pytest.mark.parametrize("play", [load(EXAMPLES / "punch_ring.yaml"), load(EXAMPLES / "dog_windows.yaml"),
                                  EXPLOSION], ids=["punch_ring", "dog_windows", "explosion"])
def test_every_event_sounds_within_a_frame(play: Screenplay) -> None:
    fps = play.format.fps
    checked = 0
    for fx, evs, frames in _effects(play):
        found = onsets(fx)
        # The detector is selective: most frames of the stem start nothing.
        assert found.size < 0.3 * frames
        for frame, ev in evs:
            if sound_for(ev.split(":")[0]) in (None, "thunder"):  # thunder comes after its distance
                continue
            near = np.abs(found - at(frame, fps))
            assert near.size and near.min() <= SR / fps, f"{ev} at frame {frame}: no onset within a frame"
            checked += 1
    assert checked > 0


def test_a_title_card_has_no_effects() -> None:
    data = tiny_film()
    data["scenes"][0]["shots"][0]["title"] = "Night"
    play = Screenplay.model_validate(data)
    fx, _, _ = _effects(play)[0]
    assert not np.any(fx)


def test_ambience_has_no_seam_wherever_a_shot_cuts_it() -> None:
    setting = Setting.model_validate({"place": "beach", "time": "day", "weather": "rain"})
    whole = ambience(setting, 3, "s1", 1000, 1000 + 3 * SR)
    cut = 1000 + 37_123
    parts = np.concatenate([ambience(setting, 3, "s1", 1000, cut),
                            ambience(setting, 3, "s1", cut, 1000 + 3 * SR)])
    np.testing.assert_allclose(parts, whole, atol=1e-9)
    assert float(np.std(whole)) > 1e-3


def test_streamed_meter_agrees_with_pyloudnorm() -> None:
    g = np.random.default_rng(1)
    t = np.arange(5 * SR) / SR
    x = np.stack([np.sin(2 * np.pi * 440 * t) * 0.2, g.standard_normal(t.size) * 0.05], axis=1)
    x[2 * SR:3 * SR] *= 0.01  # a quiet second, gated out
    m = loudness.Meter()
    for s in range(0, x.shape[0], 7777):  # pieces of odd length
        m.add(x[s:s + 7777])
    assert abs(m.integrated() - pyloudnorm.Meter(SR).integrated_loudness(x)) < 0.05


def test_limiter_keeps_true_peak_under_the_ceiling() -> None:
    g = np.random.default_rng(2)
    x = g.standard_normal((SR, 2)) * 0.05
    x[10_000:10_050] = 0.9  # a transient far over the ceiling after the gain
    mix = Mix()
    mix.add({"ambience": x.astype(np.float32), "effects": np.zeros_like(x, np.float32),
             "music": np.zeros_like(x, np.float32), "voice": np.zeros_like(x, np.float32)})
    y = np.concatenate(list(mix.pieces()))
    mix.close()
    assert loudness.true_peak_db(y) < loudness.CEILING_DBTP + 0.1
    assert y.shape == x.shape


def test_score_follows_the_screenplay() -> None:
    slow = Screenplay.model_validate(tiny_film(score={"mood": "sorrow", "tempo": 60, "instrument": "piano"}))
    fast = Screenplay.model_validate(tiny_film(score={"mood": "action", "tempo": 180, "instrument": "strings"}))
    assert {n.instrument for n in notes(slow)} >= {"piano"}
    assert "strings" in {n.instrument for n in notes(fast)}
    assert len(notes(fast)) > len(notes(slow))
    sc = Score(slow)
    whole = sc.render(0, 2 * SR)
    np.testing.assert_allclose(np.concatenate([sc.render(0, 12_345), sc.render(12_345, 2 * SR)]), whole,
                               atol=1e-9)


def _audio(path: Path) -> np.ndarray:
    with av.open(str(path)) as c:
        assert c.streams.audio, "no audio stream"
        s = c.streams.audio[0]
        assert (s.codec_context.name, s.rate, s.channels) == ("aac", SR, 2)
        return np.concatenate([f.to_ndarray() for f in c.decode(s)], axis=1).T.astype(np.float64)


def test_film_has_aac_at_minus_16_lufs_and_no_audio_is_silent(tmp_path: Path) -> None:
    play = Screenplay.model_validate(tiny_film(scenes=[{
        "id": "s1", "setting": {"place": "ring"},
        "staging": {"red": {"x": -1.0}, "blue": {"x": 1.0, "facing": "left"}},
        "actions": [{"at": 0.5, "who": "red", "do": "punch", "target": "blue"}],
        "shots": [{"id": "a", "duration": 1.5}, {"id": "b", "duration": 1.5, "size": "medium"}]}],
        cast=[{"id": "red", "asset": {"emoji": "🥷"}, "archetype": "human"},
              {"id": "blue", "asset": {"emoji": "🧍"}, "archetype": "human"}]))
    a, b = tmp_path / "a.mp4", tmp_path / "b.mp4"
    render(play, a)
    render(play, b)
    assert a.read_bytes() == b.read_bytes()  # same seed, same samples
    x = _audio(a)
    assert abs(x.shape[0] - 3 * SR) <= 2048  # as long as the picture (the AAC frame's padding aside)
    assert abs(pyloudnorm.Meter(SR).integrated_loudness(x) + 16.0) <= 1.0
    assert loudness.true_peak_db(x) < -1.0
    # kinema eval's audio: the same loudness, and the trace's punch heard within a frame
    trace = tmp_path / "t.jsonl"
    write_trace(play, trace)
    evs = trace_events(trace, play.format.fps)
    assert [e for _, e in evs if e.startswith("hit:")]
    rep = audio_report(a, play.format.fps, evs)
    assert rep["present"] and abs(rep["loudness_lufs"] - pyloudnorm.Meter(SR).integrated_loudness(x)) < 0.1
    assert rep["true_peak_dbtp"] < -1.0
    assert rep["onsets"]["matched"] == rep["onsets"]["events"] == len(evs)
    silent = tmp_path / "s.mp4"
    render(play, silent, sound=None)
    with av.open(str(silent)) as c:
        assert not c.streams.audio and len(c.streams.video) == 1
    assert audio_report(silent, play.format.fps) == {"present": False}


def test_cli_no_audio_and_no_music(tmp_path: Path, tmp_film) -> None:  # type: ignore[no-untyped-def]
    film = tmp_film(tiny_film())
    out = tmp_path / "n.mp4"
    assert run_cli("render", str(film), "-o", str(out), "--no-audio", "--quiet").returncode == 0
    with av.open(str(out)) as c:
        assert not c.streams.audio
    nm = tmp_path / "m.mp4"
    assert run_cli("render", str(film), "-o", str(nm), "--no-music", "--quiet").returncode == 0
    assert _audio(nm).shape[0] > 0


def test_stems_export_and_audio_tracks_in_timelines(tmp_path: Path, tmp_film) -> None:  # type: ignore[no-untyped-def]
    import opentimelineio as otio

    from kinema.audio.encode import read_wav

    data = tiny_film()
    data["format"]["fps"] = 24  # FCP XML needs a timecode rate
    film = tmp_film(data)
    out = tmp_path / "stems"
    proc = run_cli("export", str(film), "--format", "stems", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    stems = {p.stem: read_wav(p) for p in sorted(out.iterdir())}
    assert sorted(stems) == ["ambience", "effects", "music", "voice"]
    assert {s.shape for s in stems.values()} == {(2 * SR, 2)}
    total = sum(s.astype(np.float64) for s in stems.values())
    assert abs(pyloudnorm.Meter(SR).integrated_loudness(total) + 16.0) <= 1.0
    assert np.any(stems["music"]) and np.any(stems["ambience"]) and not np.any(stems["voice"])

    for name in ("f.otio", "f.xml"):
        tl_path = tmp_path / name
        proc = run_cli("export", str(film), "-o", str(tl_path), "--collect", str(tmp_path / "media"))
        assert proc.returncode == 0, proc.stderr
        tl = otio.adapters.read_from_file(str(tl_path))
        audio = [t for t in tl.tracks if t.kind == otio.schema.TrackKind.Audio]
        assert len(audio) == 4 and len([t for t in tl.tracks if t.kind == otio.schema.TrackKind.Video]) == 1
        for track in audio:
            clip = track[0]
            url = clip.media_reference.target_url
            path = Path(url.removeprefix("file://"))
            assert (path if path.is_absolute() else tmp_path / path).is_file(), url
            assert clip.duration().to_frames() == 48  # the film's 2 s at 24 fps


def _person_doing(verb: str, seconds: float = 4.0) -> Screenplay:
    return scene_film([{"id": "p", "asset": {"emoji": "🧍"}, "archetype": "human"}],
                      {"setting": {"place": "room"}, "staging": {"p": {"x": 0.0}},
                       "actions": [{"at": 0.0, "who": "p", "do": verb}]}, duration=seconds)


@pytest.mark.parametrize("verb, name", [("clap", "clap"), ("knit", "tap"), ("text", "tap"), ("hammer", "knock"),
                                        ("sew", "swish")])
def test_a_composed_action_sounds_at_each_stroke(verb: str, name: str) -> None:
    """Each stroke of the motion (the hands meeting, the near hand bottoming out) is one cue, once or
    twice a cycle (knitting needles click twice a stitch); standing idle makes none."""
    from kinema.audio.effects import cues
    from kinema.motions import MOTIONS
    from kinema.screenplay.model import Verb

    play = _person_doing(verb)
    found = [c for t in takes(play, load_sprites(play, None, "t")) for c in cues(t.job, play.scenes[0])
             if c.name == name]
    seconds = 4.0 - 0.5  # the first half second blends in from standing
    tempo = MOTIONS[Verb(verb)].tempo
    assert 0.6 * tempo * seconds <= len(found) <= 2.3 * tempo * 4.0 + 1, (verb, len(found))
    idle = _person_doing("idle")
    assert not [c for t in takes(idle, load_sprites(idle, None, "t")) for c in cues(t.job, idle.scenes[0])
                if c.name in ACTION_SOUNDS.values()]


def test_every_action_sound_is_a_synth_and_every_verb_a_motion() -> None:
    from kinema.audio import synth
    from kinema.motions import MOTIONS

    assert set(ACTION_SOUNDS) <= {v.value for v in MOTIONS}
    for name in set(ACTION_SOUNDS.values()):
        x = getattr(synth, name)(np.random.default_rng(0))
        assert x.dtype == np.float32 and 0 < x.size < SR and 0.1 < np.abs(x).max() <= 1.0, name
