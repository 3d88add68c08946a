"""Hostile input through the CLI, in process: each limit refuses before any world is played or
frame drawn, with one line naming the field and the limit (exit 2); OS errors are one line and
exit 2; an internal error is one line, exit 1 and a crash log; nothing is left half-written.
How fast a refusal is (the slowest case) is measured by `make fuzz`, not by a timed test."""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import tiny_film
from fuzzing import make_hostile_files, png_bytes
from typer.testing import CliRunner, Result

from kinema.cli import app
from kinema.screenplay import limits


@pytest.fixture
def no_work(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the render began of the work a refusal must come before: playing a shot's world
    (`takes` in this process, `take_at` in a worker) and drawing its frames (`draw`). Each is
    recorded, then refused."""
    import kinema.film.render as film_render

    began: list[str] = []

    def refuse(name: str) -> Callable[..., Any]:
        def begin(*args: Any, **kwargs: Any) -> Any:
            began.append(name)
            raise AssertionError(f"{name} ran before the refusal")
        return begin

    monkeypatch.setattr(film_render, "takes", refuse("takes"))
    monkeypatch.setattr(film_render, "take_at", refuse("take_at"))
    monkeypatch.setattr(film_render, "draw", refuse("draw"))
    return began


def cli(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def _error_line(r: Result) -> str:
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    assert "Traceback" not in r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1, r.output
    return lines[0]


def _write(folder: Path, data: dict[str, Any], name: str = "film.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    make_hostile_files(folder)
    return folder


def _with_asset(folder: Path, **asset: str) -> dict[str, Any]:
    film = tiny_film()
    film["cast"][0]["asset"] = asset
    return film


def _cast(n: int) -> dict[str, Any]:
    film = tiny_film()
    film["cast"] = [{"id": f"m{i}", "asset": {"emoji": "🐺"}} for i in range(n)]
    return film


def _scene_with(members: list[dict[str, Any]], seconds: float = 0.5) -> dict[str, Any]:
    film = tiny_film()
    film["format"]["fps"] = 24
    film["cast"] = members
    film["scenes"][0]["actions"] = []
    film["scenes"][0]["keyframes"] = []
    film["scenes"][0]["staging"] = {m["id"]: {"x": 0.0} for m in members}
    film["scenes"][0]["shots"] = [{"id": "a", "duration": seconds}]
    return film


def _long(fps: int, seconds: float) -> dict[str, Any]:
    film = tiny_film()
    film["format"]["fps"] = fps
    film["scenes"][0]["shots"] = [{"id": f"s{i}", "duration": seconds / 10} for i in range(10)]
    return film


def _set(path: tuple[Any, ...], value: Any) -> Callable[[Path], dict[str, Any]]:
    def make(folder: Path) -> dict[str, Any]:
        film = tiny_film()
        node: Any = film
        for p in path[:-1]:
            node = node[p]
        node[path[-1]] = value
        return film
    return make


def _svg(folder: Path, name: str, body: bytes) -> dict[str, Any]:
    (folder / name).write_bytes(body)
    return _with_asset(folder, file=name)


SVG_HEAD = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'

# (id, screenplay maker, the field named, the limit in the message)
LIMITS: list[tuple[str, Callable[[Path], dict[str, Any]], str, str]] = [
    ("frames", lambda d: _long(120, 1000), r"scenes", r"120,000 frames .*the cap is 108,000 frames"),
    ("seconds", lambda d: _long(24, 1801), r"scenes", r"the cap is 1800 s"),
    ("shot-frames", lambda d: _long(60, 1500), r"scenes\[0\]\.shots\[0\]\.duration",
     r"9,000 frames \(150 s at 60 fps\); the cap is 7,200 frames a shot"),
    ("shot-copies", lambda d: _scene_with([{"id": "b", "asset": {"emoji": "🐦"}, "appearance": {"count": 2000},
                                            "archetype": "bird"}], 300), r"scenes\[0\]\.shots\[0\]\.duration",
     r"2,000 copies for 7,200 frames .*the cap is 10,000,000"),
    ("cast", lambda d: _cast(limits.MAX_CAST + 1), r"cast", r"at most 1000 items"),
    ("in-scene", lambda d: _scene_with([{"id": f"m{i}", "asset": {"emoji": "🐺"}} for i in range(65)]),
     r"scenes\[0\]\.staging", r"at most 64 items"),
    ("copies", lambda d: _scene_with([{"id": f"m{i}", "asset": {"emoji": "🐦"}, "appearance": {"count": 2000}}
                                      for i in range(21)]), r"scenes\[0\]", r"42,000 copies.*cap is 40,000"),
    ("count", _set(("cast", 0, "appearance"), {"count": 2001}), r"cast\[0\]\.appearance\.count",
     r"less than or equal to 2000"),
    ("pieces", _set(("cast", 0, "appearance"), {"made_of": "🌸", "pieces": 5001}),
     r"cast\[0\]\.appearance\.pieces", r"less than or equal to 5000"),
    ("title", _set(("title",), "x" * 10_001), r"title", r"at most 10000 characters"),
    ("subtitle", _set(("scenes", 0, "shots", 0, "subtitle"), "字" * 10_001),
     r"scenes\[0\]\.shots\[0\]\.subtitle", r"at most 10000 characters"),
    ("emoji", lambda d: _with_asset(d, emoji="🐺" * 500), r"cast\[0\]\.asset\.emoji", r"at most 16 characters"),
    ("id", _set(("scenes", 0, "id"), "s" * 65), r"scenes\[0\]\.id", r"at most 64 characters"),
    ("coordinate", _set(("scenes", 0, "actions", 0), {"at": 0, "who": "wolf", "do": "walk", "to_x": 1e9}),
     r"scenes\[0\]\.actions\[0\]\.to_x",
     r"less than or equal to 1000"),
    ("nan", _set(("scenes", 0, "shots", 0, "duration"), float("nan")), r"scenes\[0\]\.shots\[0\]\.duration",
     r"finite number"),
    ("png-header", lambda d: _with_asset(d, file="HOSTILE/bomb.png"), r"cast\[0\]\.asset\.file",
     r"30000x30000 pixels; the limit is 8192 pixels a side"),
    ("png-bytes", lambda d: _big_png(d), r"cast\[0\]\.asset\.file",
     r"larger than the limit of 33,554,432 bytes"),
    ("svg-elements", lambda d: _svg(d, "many.svg", SVG_HEAD + b'<rect width="1" height="1"/>' * 50_001
                                    + b"</svg>"), r"cast\[0\]\.asset\.file", r"more than 50,000 elements"),
    ("svg-depth", lambda d: _svg(d, "deep.svg", SVG_HEAD + b"<g>" * 65 + b"</g>" * 65 + b"</svg>"),
     r"cast\[0\]\.asset\.file", r"nests deeper than 64 levels"),
    ("svg-bytes", lambda d: _svg(d, "big.svg", SVG_HEAD + b" " * limits.MAX_SVG_BYTES + b"</svg>"),
     r"cast\[0\]\.asset\.file", r"larger than the limit of 4,194,304 bytes"),
    ("svg-entities", lambda d: _with_asset(d, file="HOSTILE/laughs.svg"), r"cast\[0\]\.asset\.file",
     r"XML entities"),
]


def _big_png(folder: Path) -> dict[str, Any]:
    (folder / "big.png").write_bytes(png_bytes(2, 2) + b"\0" * limits.MAX_IMAGE_BYTES)
    return _with_asset(folder, file="big.png")


@pytest.mark.parametrize(("make", "field", "limit"), [c[1:] for c in LIMITS], ids=[c[0] for c in LIMITS])
def test_each_limit_refuses_before_work_naming_field_and_limit(tmp_path: Path, hostile: Path, make: Any,
                                                               field: str, limit: str,
                                                               no_work: list[str]) -> None:
    data = make(tmp_path)
    text = yaml.safe_dump(data, allow_unicode=True).replace("HOSTILE", str(hostile))
    film = tmp_path / "film.yaml"
    film.write_text(text, encoding="utf-8")
    out = tmp_path / "out.mp4"
    r = cli("render", str(film), "-o", str(out), "-q", "--no-cache")
    line = _error_line(r)
    assert r.exit_code == 2, r.output
    assert re.search(rf"film\.yaml(:\d+)?: {field}: .*{limit}", line), line
    assert no_work == []
    assert not out.exists() and not [p for p in tmp_path.iterdir() if ".part" in p.name]


def test_the_largest_allowed_film_validates(tmp_path: Path) -> None:
    """The caps leave room: 30 minutes at 60 fps, 40,000 copies in a scene (in 4-second shots)."""
    data = _long(60, 1800)
    data["scenes"][0]["shots"] = [{"id": f"s{i}", "duration": 4} for i in range(450)]
    data["cast"] = [{"id": f"m{i}", "asset": {"emoji": "🐦"}, "archetype": "bird",
                     "appearance": {"count": 2000}} for i in range(20)]
    data["scenes"][0]["staging"] = {f"m{i}": {"x": 0.0} for i in range(20)}
    data["scenes"][0]["actions"] = data["scenes"][0]["keyframes"] = []
    r = cli("validate", str(_write(tmp_path, data)))
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize("asset", ["zero.png", "dir.svg", "null.svg"])
def test_devices_and_directories_as_assets(tmp_path: Path, hostile: Path, asset: str,
                                           no_work: list[str]) -> None:
    film = _write(tmp_path, _with_asset(tmp_path, file=str(hostile / asset)))
    r = cli("render", str(film), "-o", str(tmp_path / "out.mp4"), "-q", "--no-cache")
    line = _error_line(r)
    assert r.exit_code == 2 and no_work == []
    assert re.search(r"cast\[0\]\.asset\.file: .*(is a directory|not a regular file)", line), line
    assert not (tmp_path / "out.mp4").exists()


def test_dev_zero_as_screenplay_and_prompt_file(tmp_path: Path) -> None:
    r = cli("validate", "/dev/zero")
    assert r.exit_code == 2 and "not a regular file" in _error_line(r)
    r = cli("plan", "--prompt-file", "/dev/zero", "-o", str(tmp_path / "p.yaml"))
    assert r.exit_code == 2 and "not a regular file" in _error_line(r)
    assert not (tmp_path / "p.yaml").exists()


def test_500_wolf_emoji_as_a_name(tmp_path: Path) -> None:
    film = _write(tmp_path, _with_asset(tmp_path, emoji="🐺" * 500))
    for args in (["validate", str(film)], ["render", str(film), "-o", str(tmp_path / "o.mp4"), "-q"]):
        r = cli(*args)
        line = _error_line(r)
        assert r.exit_code == 2 and "cast[0].asset.emoji: string should have at most 16 characters" in line
        assert len(line) < 300  # the 500 emoji are quoted only in part


def test_deep_nesting_in_process(tmp_path: Path) -> None:
    film = tmp_path / "deep.yaml"
    film.write_text("kinema: 1\nx: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    r = cli("validate", str(film))
    assert r.exit_code == 2 and "nesting deeper than 64 levels" in _error_line(r)


# --- output paths: each refused before any work, with the output and part files absent -----------

def _render(tmp_path: Path, out: Path | str) -> Result:
    return cli("render", str(_write(tmp_path, tiny_film())), "-o", str(out), "-q", "--no-cache")


def test_a_good_film_reaches_the_work_no_work_watches(tmp_path: Path, no_work: list[str]) -> None:
    """The watch can fail: a film that passes every check goes on to play its world."""
    r = _render(tmp_path, tmp_path / "out.mp4")
    assert r.exit_code == 1 and no_work == ["takes"]
    assert not (tmp_path / "out.mp4").exists()


def test_output_under_a_file(tmp_path: Path) -> None:
    """A folder no one can write into, whoever runs: its path goes through a regular file."""
    (tmp_path / "afile").write_text("x")
    r = _render(tmp_path, tmp_path / "afile" / "out.mp4")
    assert r.exit_code == 2 and "output directory" in _error_line(r)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder anyway")
def test_read_only_output_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        r = _render(tmp_path, folder / "out.mp4")
        assert r.exit_code == 2 and "is not writable" in _error_line(r)
        assert not list(folder.iterdir())
    finally:
        folder.chmod(0o755)


def test_permission_denied_while_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Read-only at the system call, so it bites as root too: the part file cannot be made."""
    import kinema.atomic

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(tmp_path))

    monkeypatch.setattr(kinema.atomic.tempfile, "mkstemp", refuse)
    r = cli("plan", "a wolf howls", "--duration", "4", "-o", str(tmp_path / "p.yaml"))
    assert r.exit_code == 2 and "Permission denied" in _error_line(r)
    assert not (tmp_path / "p.yaml").exists()


def test_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kinema.atomic import PartFile

    def full(self: PartFile, data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(PartFile, "write_bytes", full)
    r = cli("plan", "a wolf howls", "--duration", "4", "-o", str(tmp_path / "p.yaml"))
    assert r.exit_code == 2 and "No space left on device" in _error_line(r)
    assert list(tmp_path.iterdir()) == []  # no output, no part file


@pytest.mark.parametrize("kind", ["directory", "fifo", "long-name"])
def test_bad_output_refused_before_rendering(tmp_path: Path, kind: str, no_work: list[str]) -> None:
    if kind == "directory":
        out = tmp_path / "out.mp4"
        out.mkdir()
    elif kind == "fifo":
        out = tmp_path / "out.mp4"
        os.mkfifo(out)
    else:
        out = tmp_path / ("a" * 250 + ".mp4")
    r = _render(tmp_path, out)
    line = _error_line(r)
    assert r.exit_code == 2, line
    assert no_work == []  # refused before a world is played or a frame drawn
    assert re.search(r"is a directory|device, FIFO or socket|too long", line), line
    if kind == "fifo":
        assert out.is_fifo()  # never replaced
    assert not [p for p in tmp_path.iterdir() if ".part" in p.name]


# --- an internal error ------------------------------------------------------------------

def test_internal_error_is_one_line_exit_1_and_a_crash_log(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import kinema.cli

    def broken(path: Any) -> Any:
        raise ZeroDivisionError("a bug")

    logs = tmp_path / "logs"
    monkeypatch.setenv("KINEMA_LOG_DIR", str(logs))
    monkeypatch.setattr(kinema.cli, "load", broken)
    r = cli("validate", str(_write(tmp_path, tiny_film())))
    assert r.exit_code == 1
    line = _error_line(r)
    assert line.startswith("internal error: ZeroDivisionError: a bug (a bug in kinema; the traceback is in ")
    log = Path(re.sub(r"\)$", "", line.split("the traceback is in ", 1)[1]))
    assert log.parent == logs and log.is_file()
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: a bug" in text and "kinema validate" in text


def test_an_os_error_anywhere_is_one_line_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kinema.cli

    def gone(path: Any) -> Any:
        raise OSError(errno.EIO, os.strerror(errno.EIO), str(path))

    monkeypatch.setattr(kinema.cli, "load", gone)
    film = _write(tmp_path, tiny_film())
    r = cli("validate", str(film))
    assert r.exit_code == 2 and _error_line(r) == f"error: {film}: {os.strerror(errno.EIO)}"


def test_planner_keeps_shots_under_the_shot_cap(tmp_path: Path) -> None:
    """A 30-minute single take is planned as 60 s tracking shots; a film past the frame cap at
    the asked fps is refused by `plan`, not written for `render` to refuse."""
    from kinema.plan import plan

    play = plan("A wolf walks across a plain, in one continuous shot.", 1800).screenplay
    shots = [s for sc in play.scenes for s in sc.shots]
    assert max(s.duration for s in shots) <= 60 and sum(s.duration for s in shots) == 1800
    out = tmp_path / "p.yaml"
    r = cli("plan", "a wolf walks", "--duration", "1800", "--fps", "120", "-o", str(out))
    assert r.exit_code == 2 and "the cap is 108,000 frames" in r.output.strip().splitlines()[-1]
    assert not out.exists()


@pytest.mark.parametrize("command", ["plan", "export", "simulate", "storyboard", "edit-json"])
def test_no_writer_replaces_a_fifo(tmp_path: Path, command: str) -> None:
    """Every output goes through a part file renamed onto it: a device or FIFO there is refused
    (a FIFO stands in for /dev/zero, which a rename would swap for a regular file)."""
    film = _write(tmp_path, tiny_film())
    fifo = tmp_path / ("out.png" if command == "storyboard" else "out.json")
    os.mkfifo(fifo)
    args = {"plan": ["plan", "a wolf", "--duration", "2", "-o", str(fifo)],
            "export": ["export", str(film), "-o", str(fifo), "--cache", str(tmp_path / "cache")],
            "simulate": ["simulate", str(film), "--trace", str(fifo)],
            "storyboard": ["storyboard", str(film), "-o", str(fifo)],
            "edit-json": ["edit", str(fifo), "--shot", "a", "--duration", "1"]}[command]
    r = cli(*args)
    assert r.exit_code == 2, r.output
    assert re.search(r"device, FIFO or socket", _error_line(r))
    assert fifo.is_fifo()
