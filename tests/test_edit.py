"""`kinema edit`: each edit validated, comments kept, the file replaced atomically or not at all."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLES
from typer.testing import CliRunner

from kinema.cli import app
from kinema.edit import Edit, EditError, edit_file
from kinema.errors import ScreenplayError
from kinema.screenplay import load


@pytest.fixture
def wolf(tmp_path: Path) -> Path:
    path = tmp_path / "wolf.yaml"
    shutil.copy(EXAMPLES / "wolf.yaml", path)
    text = path.read_text(encoding="utf-8").replace("      - {at: 9, who: wolf, do: howl}",
                                                     "      - {at: 9, who: wolf, do: howl}  # the howl")
    path.write_text(text, encoding="utf-8")
    return path


def run_cli(*args: str):  # type: ignore[no-untyped-def]
    """In process: these checks need the exit code and messages, not a fresh interpreter."""
    return CliRunner().invoke(app, list(args))


def _comments(path: Path) -> list[str]:
    return [line.split("#", 1)[1] for line in path.read_text(encoding="utf-8").splitlines()
            if "#" in line and "'#" not in line]


def test_shot_edit_changes_only_that_shot_and_keeps_comments(wolf: Path) -> None:
    before, comments = load(wolf), _comments(wolf)
    proc = run_cli("edit", str(wolf), "--shot", "s1-2", "--size", "close-up", "--duration", "5",
                   "--move", "pull-out")
    assert proc.exit_code == 0, proc.output
    after = load(wolf)
    s0, s1 = before.scenes[0].shots, after.scenes[0].shots
    assert (s1[1].size.value, s1[1].duration, s1[1].move.value) == ("close-up", 5, "pull-out")
    assert [s for i, s in enumerate(s1) if i != 1] == [s for i, s in enumerate(s0) if i != 1]
    assert _comments(wolf) == comments and len(comments) == 2


def test_cast_tint_setting_insert_and_delete(wolf: Path) -> None:
    edit_file(wolf, Edit(cast="wolf", tint="#8a8f99"))
    edit_file(wolf, Edit(setting="s1", setting_fields={"time": "dawn", "weather": "snow"}))
    edit_file(wolf, Edit(insert_after="s1-2", new_id="s1-2b", shot_fields={"duration": 3.0, "size": "medium"}))
    edit_file(wolf, Edit(delete="s1-3"))
    play = load(wolf)
    assert play.cast[0].appearance.tint == "#8a8f99" and play.cast[0].appearance.scale == 1.0
    assert (play.scenes[0].setting.time.value, play.scenes[0].setting.weather.value) == ("dawn", "snow")
    ids = [s.id for s in play.scenes[0].shots]
    assert ids == ["s1-1", "s1-2", "s1-2b", "s1-4", "s1-5"]
    new = play.scenes[0].shots[2]
    assert (new.duration, new.size.value, new.subjects) == (3, "medium", ["wolf"])


def test_json_stays_json(tmp_path: Path) -> None:
    path = tmp_path / "film.json"
    play = load(EXAMPLES / "wolf.yaml")
    path.write_text(play.model_dump_json(), encoding="utf-8")
    edit_file(path, Edit(shot="s1-1", shot_fields={"duration": 7.5}))
    assert json.loads(path.read_text(encoding="utf-8"))["scenes"][0]["shots"][0]["duration"] == 7.5


@pytest.mark.parametrize(("args", "fragment"), [
    (["--shot", "nope", "--size", "wide"], "--shot: no shot 'nope'"),
    (["--shot", "s1-2", "--size", "giant"], "scenes[0].shots[1].size"),
    (["--shot", "s1-2", "--duration", "-1"], "must be > 0"),
    (["--cast", "wolf", "--tint", "red"], "cast[0].appearance.tint"),
    (["--cast", "fox", "--tint", "#000000"], "--cast: no cast member 'fox'"),
    (["--setting", "s1", "--time", "noon"], "scenes[0].setting.time"),
    (["--insert-after", "s1-1", "--id", "s1-2"], "duplicate shot id 's1-2'"),
    (["--shot", "s1-2"], "say what to change"),
    ([], "nothing to edit"),
])
def test_bad_edit_exit_2_file_untouched(wolf: Path, args: list[str], fragment: str) -> None:
    before = wolf.read_bytes()
    proc = run_cli("edit", str(wolf), *args)
    assert proc.exit_code == 2, proc.output
    assert fragment in proc.stderr and "Traceback" not in proc.stderr
    assert wolf.read_bytes() == before
    assert not list(wolf.parent.glob(".*.tmp"))


def test_last_shot_of_a_scene_cannot_be_deleted(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text("kinema: 1\nscenes:\n  - id: s\n    shots:\n      - {id: a, duration: 1}\n",
                    encoding="utf-8")
    with pytest.raises(EditError, match="only shot"):
        edit_file(path, Edit(delete="a"))
    with pytest.raises(ScreenplayError):
        edit_file(tmp_path / "missing.yaml", Edit(delete="a"))
