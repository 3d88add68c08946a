"""The hand-off: bundles that survive the cache, names an editor reads, editing media, and
the way back from an edited timeline to the screenplay."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path
from typing import Any

import av
import numpy as np
import opentimelineio as otio
import pytest
import yaml
from conftest import run_cli, tiny_film

from kinema.export import AudioStem, timeline
from kinema.export.media import ClipMedia
from kinema.export.names import marker_name, reel_names
from kinema.film.loop import film_frames
from kinema.film.takes import load_sprites, shot_frames
from kinema.screenplay import Screenplay
from kinema.world import simulate


def _picture(tl: otio.schema.Timeline) -> list[otio.schema.Clip]:
    """The picture's clips (the sound's stems are audio tracks beside it)."""
    assert len(tl.video_tracks()) == 1
    return list(tl.video_tracks()[0].find_clips())

def _film(**over: Any) -> dict[str, Any]:
    """Three shots at 24 fps (a timecode rate): 24, 24 and 18 frames."""
    film = tiny_film(**{"format": {"width": 160, "height": 90, "fps": 24}, **over})
    film["scenes"][0]["shots"][0]["description"] = "狼在山顶 the wolf\non the peak"
    film["scenes"][0]["shots"].append({"id": "c", "duration": 0.75, "size": "medium", "subjects": ["wolf"]})
    return film


def _frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as c:
        return [f.to_ndarray(format="rgb24") for f in c.decode(c.streams.video[0])]


def _ids_and_frames(play: Screenplay) -> list[tuple[str, int]]:
    return [(shot.id, n) for scene, counts in zip(play.scenes, shot_frames(play), strict=True)
            for shot, n in zip(scene.shots, counts, strict=True)]


def test_otioz_survives_cache_clear_and_travels(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _film()
    play = Screenplay.model_validate(data)
    out, again = tmp_path / "film.otioz", tmp_path / "again.otioz"
    cache = tmp_path / "cache"
    proc = run_cli("export", str(tmp_film(data)), "-o", str(out), "--cache", str(cache))
    assert proc.returncode == 0, proc.stderr
    assert run_cli("cache", "clear", "--cache", str(cache)).returncode == 0
    elsewhere = tmp_path / "editor" / "project"
    elsewhere.mkdir(parents=True)
    (elsewhere / "film.otioz").write_bytes(out.read_bytes())
    out.unlink()  # nothing of the first machine is left: no cache, no bundle
    tl = otio.adapters.read_from_file(str(elsewhere / "film.otioz"), extract_to_directory=str(elsewhere))
    clips = list(_picture(tl))
    assert [(c.metadata["kinema"]["shot"], round(c.duration().value)) for c in clips] == _ids_and_frames(play)
    for c in clips:
        url = c.media_reference.target_url
        assert not url.startswith("file:") and url.startswith("media/")  # relative to the bundle
        media = elsewhere / url
        assert media.is_file() and len(_frames(media)) == round(c.duration().value)
    stems = [t[0] for t in tl.audio_tracks()]  # the sound's stems travel in the bundle too
    assert sorted(c.name for c in stems) == ["ambience", "effects", "music", "voice"]
    for c in stems:
        url = c.media_reference.target_url
        assert url.startswith("media/") and url.endswith(".wav") and (elsewhere / url).is_file()
    assert tl.name == "tiny" and tl.global_start_time == otio.opentime.RationalTime(86400, 24)
    # Same screenplay, same bytes, though every shot is drawn again (the cache was cleared).
    proc = run_cli("export", str(tmp_film(data)), "-o", str(again), "--cache", str(cache))
    assert proc.returncode == 0, proc.stderr
    assert again.read_bytes() == (elsewhere / "film.otioz").read_bytes()


def test_collect_and_otiod_refer_relatively(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_film(_film())
    cache = tmp_path / "cache"
    hand = tmp_path / "handoff"
    hand.mkdir()
    proc = run_cli("export", str(src), "-o", str(hand / "film.otio"), "--collect", str(hand / "media"),
                   "--cache", str(cache))
    assert proc.returncode == 0, proc.stderr
    proc = run_cli("export", str(src), "-o", str(hand / "film.otiod"), "--cache", str(cache))
    assert proc.returncode == 0, proc.stderr
    assert run_cli("cache", "clear", "--cache", str(cache)).returncode == 0
    moved = tmp_path / "moved"
    hand.rename(moved)
    for tl, base in [(otio.adapters.read_from_file(str(moved / "film.otio")), moved),
                     (otio.adapters.read_from_file(str(moved / "film.otiod")), moved / "film.otiod")]:
        names = [Path(c.media_reference.target_url).name for c in _picture(tl)]
        assert names == ["001-a.mp4", "002-b.mp4", "003-c.mp4"]
        for c in _picture(tl):
            assert len(_frames(base / c.media_reference.target_url)) == round(c.duration().value)
    # An .otiod is replaced whole; a folder that is not a bundle is refused, left as it was.
    stranger = tmp_path / "x.otiod"
    stranger.mkdir()
    proc = run_cli("export", str(src), "-o", str(stranger), "--cache", str(cache))
    assert proc.returncode == 2 and "not an .otiod bundle" in proc.stderr and not any(stranger.iterdir())
    proc = run_cli("export", str(src), "-o", str(tmp_path / "y.otioz"), "--collect", str(tmp_path / "m"))
    assert proc.returncode == 2 and "--collect" in proc.stderr and not (tmp_path / "y.otioz").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no part files or folders left


def test_edl_reels_names_and_timecode(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _film()
    ids = ["s1-2", "s12", "opening_shot_long1", "opening_shot_long2"]
    data["scenes"][0]["shots"] = [{"id": i, "duration": 0.5, "subjects": ["wolf"]} for i in ids]
    out = tmp_path / "film.edl"
    proc = run_cli("export", str(tmp_film(data)), "-o", str(out), "--start-tc", "00:59:50:00")
    assert proc.returncode == 0, proc.stderr
    text = out.read_text()
    events = re.findall(r"^\d{3}  (\S+) +V +C +(\S+) (\S+) (\S+) (\S+)$", text, re.MULTILINE)
    reels = [e[0] for e in events]
    assert reels == ["S12", "S122", "OPENINGS", "OPENING2"]
    assert len(set(reels)) == len(reels) and all(len(r) <= 8 for r in reels)
    assert events[0][3] == "00:59:50:00" and events[-1][4] == "00:59:52:00"
    assert "TRUNCATED" not in text and text.startswith("TITLE: tiny")
    tl = otio.adapters.read_from_file(str(out), adapter_name="cmx_3600", rate=24)
    assert [c.name.split(":")[0] for c in _picture(tl)] == ids
    assert reel_names(["a", "A", "a-", "_"]) == ["A", "A2", "A3", "SHOT"]
    bad = run_cli("export", str(tmp_film(data)), "-o", str(tmp_path / "x.edl"), "--start-tc", "01:00:00:24")
    assert bad.returncode == 2 and "--start-tc" in bad.stderr and not (tmp_path / "x.edl").exists()


def test_clip_names_and_markers_at_world_events(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _film()
    data["scenes"][0]["actions"] = [{"at": 0.2, "who": "wolf", "do": "jump"}]
    play = Screenplay.model_validate(data)
    out = tmp_path / "film.otio"
    proc = run_cli("export", str(tmp_film(data)), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    tl = otio.adapters.read_from_file(str(out))
    clips = list(_picture(tl))
    assert clips[0].name == "a: 狼在山顶 the wolf on the peak" and clips[1].name == "b"
    expected: list[tuple[str, int, str]] = []
    states = list(simulate(play, play.scenes[0]))
    start = 0
    for (shot, n) in _ids_and_frames(play):
        expected += [(shot, i - start, marker_name(e)) for i in range(start, start + n)
                     for e in states[i].events]
        start += n
    got = [(c.metadata["kinema"]["shot"], round(m.marked_range.start_time.value), m.name)
           for c in clips for m in c.markers]
    assert got == expected and {"wolf takes off", "wolf lands"} <= {g[2] for g in got}


def test_prores_media_match_the_render(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _film()
    data["scenes"][0]["shots"][1]["transition"] = "dissolve"  # the re-draw blends as the film does
    play = Screenplay.model_validate(data)
    out = tmp_path / "film.otiod"
    proc = run_cli("export", str(tmp_film(data)), "-o", str(out), "--media", "prores")
    assert proc.returncode == 0, proc.stderr
    tl = otio.adapters.read_from_file(str(out))
    decoded: list[np.ndarray] = []
    for c in _picture(tl):
        media = out / c.media_reference.target_url
        assert media.suffix == ".mov"
        with av.open(str(media)) as f:
            assert f.streams.video[0].codec_context.name == "prores"
        frames = _frames(media)
        assert len(frames) == round(c.duration().value)
        decoded += frames
    render = [f[..., :3].copy() for f in film_frames(play, load_sprites(play, None, "film.yaml"))]
    assert len(decoded) == len(render)
    diffs = [np.abs(a.astype(np.int16) - b.astype(np.int16)) for a, b in zip(decoded, render, strict=True)]
    # ProRes 422 HQ is near-lossless, not lossless: a level or three at worst, far less on average.
    worst, mean = max(int(d.max()) for d in diffs), float(np.mean([d.mean() for d in diffs]))
    assert worst <= 3 and mean < 0.5, (worst, mean)


def test_dnxhr_and_all_intra_h264(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    small = tmp_film(_film())
    proc = run_cli("export", str(small), "-o", str(tmp_path / "x.otio"), "--media", "dnxhr")
    assert proc.returncode == 2 and "256x120" in proc.stderr and not (tmp_path / "x.otio").exists()
    data = _film(format={"width": 256, "height": 144, "fps": 24})
    data["scenes"][0]["shots"] = data["scenes"][0]["shots"][:1]
    big = tmp_film(data, "big.yaml")
    proc = run_cli("export", str(big), "-o", str(tmp_path / "d.otioz"), "--media", "dnxhr")
    assert proc.returncode == 0, proc.stderr
    with zipfile.ZipFile(tmp_path / "d.otioz") as z:
        z.extract("media/001-a.mov", tmp_path)
    with av.open(str(tmp_path / "media" / "001-a.mov")) as f:
        assert f.streams.video[0].codec_context.name == "dnxhd"
        assert sum(1 for _ in f.decode(video=0)) == 24
    proc = run_cli("export", str(small), "-o", str(tmp_path / "h.otio"), "--media", "h264")
    assert proc.returncode == 0, proc.stderr
    with av.open(str(tmp_path / "h_media" / "001-a.mp4")) as f:  # collected beside the timeline
        assert all(p.is_keyframe for p in f.demux(video=0) if p.size)  # every frame starts a GOP


def test_audio_stems_become_audio_tracks(tmp_path: Path) -> None:
    play = Screenplay.model_validate(_film())
    scene, shot = play.scenes[0], play.scenes[0].shots[0]
    stem = AudioStem("dialogue", tmp_path / "dialogue.wav", 66)
    tl = timeline(play, [ClipMedia(scene, shot, 24, tmp_path / "a.mp4")], lambda p: p.name, stems=[stem])
    assert [t.kind for t in tl.tracks] == [otio.schema.TrackKind.Video, otio.schema.TrackKind.Audio]
    assert tl.tracks[1][0].media_reference.target_url == "dialogue.wav"


def _edited(tl: otio.schema.Timeline) -> otio.schema.Timeline:
    """An editor's changes: the first clip loses its last 12 frames, the next two swap places."""
    track = tl.tracks[0]
    a, b, c = list(track)
    a.source_range = otio.opentime.TimeRange(a.source_range.start_time, a.source_range.duration
                                             - otio.opentime.RationalTime(12, 24))
    track[:] = []
    for clip in (a.deepcopy(), c.deepcopy(), b.deepcopy()):
        track.append(clip)
    return tl


def test_round_trip_trim_and_swap(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_film(_film())
    out, edited, film2 = tmp_path / "film.otio", tmp_path / "edited.otio", tmp_path / "film2.yaml"
    assert run_cli("export", str(src), "-o", str(out)).returncode == 0
    otio.adapters.write_to_file(_edited(otio.adapters.read_from_file(str(out))), str(edited))
    proc = run_cli("import-timeline", str(edited), "--screenplay", str(src), "-o", str(film2))
    assert proc.returncode == 0, proc.stderr
    assert "head" not in proc.stderr and "24 → 12 frames" in proc.stderr and "reordered" in proc.stderr
    wanted = [("a", 12), ("c", 18), ("b", 24)]
    assert _ids_and_frames(Screenplay.model_validate(yaml.safe_load(film2.read_text()))) == wanted
    # Rendered, the film is the edited timeline: its shots, in its order, to the frame.
    mp4 = tmp_path / "film2.mp4"
    proc = run_cli("render", str(film2), "-o", str(mp4), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert len(_frames(mp4)) == sum(n for _, n in wanted)
    back = tmp_path / "film2.otio"
    proc = run_cli("export", str(film2), "-o", str(back))
    assert proc.returncode == 0 and "0 shot(s) rendered" in proc.stderr  # the render drew these shots
    clips = list(_picture(otio.adapters.read_from_file(str(back))))
    assert [(c.metadata["kinema"]["shot"], round(c.duration().value)) for c in clips] == wanted


def test_round_trip_through_edl_deletes_and_moves_scenes(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _film()
    second = {"id": "s2", "setting": {"place": "forest"}, "shots": [
        {"id": "d", "duration": 0.5, "subjects": ["wolf"]}, {"id": "e", "duration": 0.5, "subjects": ["wolf"]}]}
    data["scenes"].append(second)
    src = tmp_film(data)
    edl, film2 = tmp_path / "film.edl", tmp_path / "film2.yaml"
    assert run_cli("export", str(src), "-o", str(edl)).returncode == 0
    # Scene s2 first, then s1 without shot b, saved as an EDL again: reels are all that identify shots.
    tl = otio.adapters.read_from_file(str(edl), adapter_name="cmx_3600", rate=24)
    track = tl.tracks[0]
    clips = [c.deepcopy() for c in track]
    track[:] = []
    for c in (clips[3], clips[4], clips[0], clips[2]):
        track.append(c)
    moved = tmp_path / "moved.edl"
    moved.write_text(otio.adapters.write_to_string(tl, adapter_name="cmx_3600"))
    proc = run_cli("import-timeline", str(moved), "--screenplay", str(src), "-o", str(film2))
    assert proc.returncode == 0, proc.stderr
    play2 = Screenplay.model_validate(yaml.safe_load(film2.read_text()))
    assert [s.id for s in play2.scenes] == ["s2", "s1"]
    assert _ids_and_frames(play2) == [("d", 12), ("e", 12), ("a", 24), ("c", 18)]


def test_import_refuses_what_a_screenplay_cannot_say(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _film()
    data["scenes"].append({"id": "s2", "shots": [{"id": "d", "duration": 0.5, "subjects": ["wolf"]}]})
    src = tmp_film(data)
    out, film2 = tmp_path / "film.otio", tmp_path / "film2.yaml"
    assert run_cli("export", str(src), "-o", str(out)).returncode == 0
    tl = otio.adapters.read_from_file(str(out))
    track = tl.tracks[0]
    a, b, c, d = (x.deepcopy() for x in track)
    cases: list[tuple[list[Any], str]] = [
        ([a, d, b, c], "clip 'b'"),  # scene s1 split apart by scene s2
        ([a, b, a.deepcopy(), c, d], "again"),
        ([a, otio.schema.Gap(duration=otio.opentime.RationalTime(5, 24)), b, c, d], "a gap after clip"),
    ]
    stranger = a.deepcopy()
    stranger.name, stranger.metadata["kinema"]["shot"] = "zzz", "zzz"
    stranger.metadata["cmx_3600"]["reel"] = "ZZZ"
    stranger.media_reference.target_url = "file:///elsewhere/zzz.mp4"
    cases.append(([stranger, b, c, d], "clip 'zzz' is not a shot"))
    for items, words in cases:
        track[:] = []
        for item in items:
            track.append(item.deepcopy())
        edited = tmp_path / "edited.otio"
        otio.adapters.write_to_file(tl, str(edited))
        proc = run_cli("import-timeline", str(edited), "--screenplay", str(src), "-o", str(film2))
        assert proc.returncode == 2 and words in proc.stderr and "Traceback" not in proc.stderr, proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1 and not film2.exists()
    garbage = tmp_path / "garbage.otio"
    garbage.write_text("{ not json")
    proc = run_cli("import-timeline", str(garbage), "--screenplay", str(src), "-o", str(film2))
    assert proc.returncode == 2 and "garbage.otio" in proc.stderr and not film2.exists()
    fifo = tmp_path / "fifo.otio"
    os.mkfifo(fifo)  # would block a reader that opened it
    proc = run_cli("import-timeline", str(fifo), "--screenplay", str(src), "-o", str(film2))
    assert proc.returncode == 2 and "not a regular file" in proc.stderr and not film2.exists()


@pytest.mark.parametrize("event", ["hit:a:b", "land:dog", "ignite:rocket", "odd:thing", "hit:a"])
def test_marker_names(event: str) -> None:
    names = {"hit:a:b": "a hits b", "land:dog": "dog lands", "ignite:rocket": "rocket ignites",
             "odd:thing": "odd:thing", "hit:a": "hit:a"}
    assert marker_name(event) == names[event]
