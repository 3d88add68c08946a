"""Timeline export: one clip per shot, durations to the frame, read back by each adapter."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

import opentimelineio as otio
import pytest
from conftest import run_cli, tiny_film

from kinema.film.takes import shot_frames
from kinema.screenplay import Screenplay


def _film() -> dict[str, object]:
    film = tiny_film(prompt="月夜狼嚎 a wolf howls", format={"width": 160, "height": 90, "fps": 24})
    film["scenes"][0]["shots"][0]["description"] = "狼在山顶 the wolf on the peak"
    film["scenes"][0]["shots"].append({"id": "c", "duration": 0.75, "size": "medium", "subjects": ["wolf"]})
    return film


@pytest.mark.parametrize(("kind", "adapter", "suffix"), [
    ("otio", "otio_json", "otio"), ("edl", "cmx_3600", "edl"), ("fcpxml", "fcp_xml", "xml")])
def test_export_reads_back_with_every_duration(tmp_film, tmp_path: Path, kind: str, adapter: str,  # type: ignore[no-untyped-def]
                                                suffix: str) -> None:
    data = _film()
    play = Screenplay.model_validate(data)
    expected = [n for counts in shot_frames(play) for n in counts]
    out = tmp_path / f"film.{suffix}"
    proc = run_cli("export", str(tmp_film(data)), "--format", kind, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    kwargs = {"rate": play.format.fps} if kind == "edl" else {}
    tl = otio.adapters.read_from_file(str(out), adapter_name=adapter, **kwargs)
    clips = list(tl.video_tracks()[0].find_clips())  # the picture; the sound's stems are audio tracks
    assert len(tl.video_tracks()) == 1
    stems = [t[0] for t in tl.audio_tracks()]
    if kind == "edl":
        assert not stems  # an EDL carries the picture only
    else:
        assert sorted(c.name for c in stems) == ["ambience", "effects", "music", "voice"]
        assert all(c.duration().rescaled_to(play.format.fps).value == sum(expected) for c in stems)
        assert all(unquote(urlparse(c.media_reference.target_url).path).endswith(".wav") for c in stems)
    assert [c.duration().rescaled_to(play.format.fps).value for c in clips] == expected
    assert sum(expected) == round(play.duration * play.format.fps)
    if kind == "otio":
        ids = [s["id"] for s in data["scenes"][0]["shots"]]  # type: ignore[index]
        assert [c.metadata["kinema"]["shot"] for c in clips] == ids
        assert clips[0].metadata["kinema"]["description"].startswith("狼在山顶")
        meta = [c.metadata["kinema"] for c in clips]
        assert all(m["seed"] == 5 and "月夜" in m["prompt"] for m in meta)
    for c in clips:  # each clip points at its shot's rendered segment
        ref = c.media_reference
        assert isinstance(ref, otio.schema.ExternalReference)
        path = Path(unquote(urlparse(ref.target_url).path)) if "://" in ref.target_url else Path(ref.target_url)
        assert path.is_file() and path.suffix == ".mp4"


def test_export_bad_format_exit_2(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.otio"
    proc = run_cli("export", str(tmp_film(_film())), "--format", "avid", "-o", str(out))
    assert proc.returncode == 2 and "--format" in proc.stderr and "Traceback" not in proc.stderr
    assert not out.exists()
    edl = tmp_path / "x.edl"
    proc = run_cli("export", str(tmp_film(tiny_film())), "--format", "edl", "-o", str(edl))  # 12 fps
    assert proc.returncode == 2 and "12 fps" in proc.stderr and not edl.exists()
