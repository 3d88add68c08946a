"""Hostile-input fuzzing of the CLI, in process: screenplays changed one field at a time,
prompts and edits, run through `kinema validate`, `render`, `plan` and `edit`.

Every case must exit 0 or 2, print no traceback, finish within a time limit, and leave no
output (and no part file) behind when it fails. Shared by tests/test_fuzz.py (a few hundred
cases in `make test`) and tools/fuzz.py (`make fuzz`, 10,000 cases, docs/reliability.md).
"""

from __future__ import annotations

import copy
import json
import math
import os
import signal
import struct
import tempfile
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st
from typer.testing import CliRunner

from kinema.cli import app
from kinema.screenplay import parse
from kinema.screenplay.model import Archetype, CameraMove, Place, ShotSize, TimeOfDay, Transition, Verb, Weather

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
REGRESSIONS = ROOT / "tests" / "data" / "fuzz_regressions"

TINY = {"width": 64, "height": 36, "fps": 6}
# A render case draws at most this much; a mutation that makes a valid, longer film is
# validated instead (counted apart in docs/reliability.md).
RENDER_FRAMES = 120
RENDER_PIXELS = 640 * 360
CASE_SECONDS = 60  # a case running longer than this is a hang


class Hang(BaseException):
    """Raised by the alarm: a BaseException, so no `except Exception` in kinema swallows it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def ring(signum: int, frame: Any) -> None:
        raise Hang(f"no answer in {seconds} s")

    old = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


# --- hostile files a screenplay may name ---------------------------------------------------

def png_bytes(width: int, height: int, body: bytes = b"\0" * 64) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(body))
            + chunk(b"IEND", b""))


HOSTILE = "@HOSTILE@"  # stands for the folder of hostile files in a case's text


HOSTILE_NAMES = ["bomb.png", "wide.png", "empty.png", "garbage.png", "jpeg.png", "zero-size.png", "ok.png",
                 "empty.svg", "deep.svg", "many.svg", "laughs.svg", "junk.svg", "ok.svg", "dir.svg",
                 "dir.png", "zero.png", "null.svg", "loop.svg", "dangling.png"]
HOSTILE_FILES = [f"{HOSTILE}/{n}" for n in HOSTILE_NAMES]


def make_hostile_files(folder: Path) -> list[str]:
    """Pictures a careless or hostile screenplay could name, made in `folder`; returns their
    paths as a case names them (under HOSTILE)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "bomb.png": png_bytes(30000, 30000),
        "wide.png": png_bytes(100000, 1),
        "empty.png": b"",
        "garbage.png": b"\x89PNG\r\n\x1a\n" + b"not a png at all" * 8,
        "jpeg.png": b"\xff\xd8\xff\xe0" + b"\0" * 64,
        "zero-size.png": png_bytes(0, 0),
        "ok.png": png_bytes(2, 2, b"\0" + b"\xff" * 8 + b"\0" + b"\xff" * 8),
        "empty.svg": b"",
        "deep.svg": b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">' + b"<g>" * 5000
                    + b"</g>" * 5000 + b"</svg>",
        "many.svg": b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
                    + b'<rect width="1" height="1"/>' * 60_000 + b"</svg>",
        "laughs.svg": b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
                      b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><svg>&b;</svg>',
        "junk.svg": b"<svg <<< >>> \xff\xfe",
        "ok.svg": b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" '
                  b'height="10" fill="#c0392b"/></svg>',
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "dir.svg").mkdir(exist_ok=True)
    (folder / "dir.png").mkdir(exist_ok=True)
    for name, target in (("zero.png", "/dev/zero"), ("null.svg", "/dev/null"), ("loop.svg", "loop.svg"),
                         ("dangling.png", "missing-target.png")):
        link = folder / name
        if not link.is_symlink():
            link.symlink_to(target)
    assert sorted(os.listdir(folder)) == sorted(HOSTILE_NAMES)
    return HOSTILE_FILES


# --- screenplays -----------------------------------------------------------------------------

def tiny_film() -> dict[str, Any]:
    return {
        "kinema": 1, "title": "fuzz", "seed": 3, "format": dict(TINY),
        "cast": [{"id": "wolf", "asset": {"emoji": "🐺"}, "archetype": "canine"},
                 {"id": "cat", "asset": {"emoji": "🐱"}, "archetype": "feline",
                  "appearance": {"tint": "#c0392b"}}],
        "scenes": [{
            "id": "s1", "setting": {"place": "mountains", "time": "night"},
            "staging": {"wolf": {"x": 0.0}, "cat": {"x": -2.0, "facing": "right"}},
            "actions": [{"at": 0, "who": "wolf", "do": "howl"},
                        {"at": 0, "until": 1, "who": "cat", "do": "walk", "to_x": 1.0}],
            "keyframes": [{"at": 0.5, "who": "cat", "x": -1.0}],
            "shots": [{"id": "a", "duration": 0.5, "subjects": ["wolf"]},
                      {"id": "b", "duration": 0.5, "size": "close-up", "subjects": ["wolf"],
                       "move": "push-in", "transition": "dissolve", "subtitle": "狼"}],
        }],
    }


def shrink(data: dict[str, Any]) -> dict[str, Any]:
    """An example cut to something a render case draws in a moment: tiny frames, one scene,
    at most three half-second shots."""
    out = copy.deepcopy(data)
    out["format"] = dict(TINY)
    scene = out["scenes"][0]
    out["scenes"] = [scene]
    scene["shots"] = scene["shots"][:3]
    for shot in scene["shots"]:
        shot["duration"] = 0.5
    return out


def example_films() -> list[dict[str, Any]]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.yaml"))]


def paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the tree, parents before children, in document order."""
    out = [here]
    if isinstance(node, dict):
        for k, v in node.items():
            out += paths(v, (*here, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += paths(v, (*here, i))
    return out


def _deep(levels: int) -> Any:
    v: Any = 1
    for _ in range(levels):
        v = [v]
    return v


JUNK_STRINGS = ["", " ", "x" * 20_000, "🐺" * 500, "\x00", "\u202e\u200d", "../" * 100, "/dev/zero",
                "a" * 300 + ".png", "🐺🐱", "ﷺ" * 50, "\ud7ff", "%s%n", "${HOME}", "nan", "-1", "1e999",
                "null", "true", "#zzzzzz", "wolf", "s1", "a"]
JUNK_NUMBERS = [0, -1, 1, 2, 3.5, 1e-9, -1e-9, 1e9, 1e30, 1e308, -1e308, 2**31, 2**63, -(2**63), 10**40,
                math.nan, math.inf, -math.inf, 0.04, 120, 121, 3841, 2160, 5000, 20000, 1801]
# Values a person might really write: enum words, small numbers, the ids in the films.
ENUMS = (ShotSize, CameraMove, Transition, Archetype, Place, TimeOfDay, Weather, Verb)
PLAUSIBLE = [*sorted({v.value for e in ENUMS for v in e}), "left", "right", "wolf", "cat", "a", "b", "s1", "🐦",
             "🐟", "#2c5fa8"]
plausible = st.one_of(st.sampled_from(PLAUSIBLE), st.sampled_from([0.25, 0.5, 1, 2, 3, 10, -3, 300, 2000]))
values = st.one_of(
    plausible, plausible,
    st.sampled_from(JUNK_STRINGS), st.sampled_from(JUNK_NUMBERS), st.none(), st.booleans(),
    st.text(max_size=40), st.integers(), st.floats(),
    st.sampled_from([[], {}, [[]], {"": None}, {"x": 1}, ["wolf", "wolf"]]),
    st.integers(min_value=1, max_value=200).map(_deep),
)


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        data = data[p]
    return data


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any], hostile_files: list[str]) -> dict[str, Any]:
    """`base` with one thing changed: a value replaced, a key deleted, a list item doubled, an
    unknown key added, or an asset pointed at a hostile file."""
    data = copy.deepcopy(base)
    where = draw(st.sampled_from(paths(data)[1:]))
    parent, key = _get(data, where[:-1]), where[-1]
    op = draw(st.sampled_from(["replace", "replace", "replace", "delete", "double", "unknown", "asset"]))
    if op == "replace":
        parent[key] = draw(values)
    elif op == "delete":
        del parent[key]
    elif op == "double" and isinstance(parent, list):
        parent.insert(key, copy.deepcopy(parent[key]))
    elif op == "unknown" and isinstance(parent, dict):
        parent[draw(st.sampled_from(["colour", "", "🐺", "kinema", "x" * 100]))] = draw(values)
    elif op == "asset" and data.get("cast"):
        member = draw(st.sampled_from(data["cast"]))
        if isinstance(member, dict):
            slot = draw(st.sampled_from(["asset", "face"]))
            if draw(st.booleans()):
                member[slot] = {"file": draw(st.sampled_from(hostile_files))}
            else:
                member[slot] = {"emoji": draw(st.sampled_from([*JUNK_STRINGS, "🐺", "🧑‍🚀", "🏳️‍🌈"]))}
    else:
        parent[key] = draw(values)
    return data


def dump(data: Any, as_json: bool) -> str:
    if as_json:
        return json.dumps(data, ensure_ascii=False)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@st.composite
def text_damage(draw: st.DrawFn, text: str) -> str:
    """Now and then the file's text itself is cut short or has junk put in."""
    kind = draw(st.sampled_from(["none"] * 6 + ["truncate", "insert"]))
    if kind == "none" or not text:
        return text
    at = draw(st.integers(min_value=0, max_value=len(text)))
    if kind == "truncate":
        return text[:at]
    return text[:at] + draw(st.sampled_from(["\t", "\n- ", ": :", "&a *a", "{", "]", "\x00", "\ufeff",
                                             "!!python/object:os.system", "\x85"])) + text[at:]


# --- cases ----------------------------------------------------------------------------------

@dataclass
class Case:
    """One CLI run: the command, the screenplay file it reads (if any) and its arguments."""

    command: str  # validate, render, plan or edit
    args: list[str] = field(default_factory=list)
    film: str | None = None  # the screenplay's text
    film_name: str = "film.yaml"
    expect: int | None = None  # a regression example's exit code, when it is known

    def to_yaml(self) -> str:
        return yaml.safe_dump({"command": self.command, "args": self.args, "film_name": self.film_name,
                               "expect": self.expect, "film": self.film}, allow_unicode=True,
                              sort_keys=False, width=4096)

    @staticmethod
    def from_yaml(text: str) -> Case:
        d = yaml.safe_load(text)
        return Case(d["command"], list(d.get("args") or []), d.get("film"), d.get("film_name", "film.yaml"),
                    d.get("expect"))


@dataclass
class Outcome:
    case: Case
    exit_code: int | None
    output: str
    seconds: float
    crash: bool = False  # exit 1 or another code, a traceback, an exception out of the CLI
    hang: bool = False
    partial: bool = False  # a failure that left an output or a part file behind
    why: str = ""
    rendered: bool = False  # a render case that drew frames (not validated instead)

    @property
    def ok(self) -> bool:
        return not (self.crash or self.hang or self.partial)


WORDS = ["狼", "一只", "两只猫", "在", "山顶", "月夜", "嚎叫", "特写", "一镜到底", "由", "组成的", "红色的",
         "wolf", "two", "dogs", "run", "on", "the", "beach", "red", "car", "close-up", "made of",
         "flowers", "5000 birds", "1.", "。", "，", ";", "\n", " ", "🐺", "🙂", "\x00", "\u200d"]
prompts = st.one_of(st.lists(st.sampled_from(WORDS), max_size=40).map("".join), st.text(max_size=200),
                    st.sampled_from(["", "🐺" * 3000, "wolf " * 2000, "-", "--help"]))
NUMBER_ARGS = ["3", "0", "-1", "nan", "inf", "1e309", "99999999", "0.0001", "abc", "", "1801", "2", "2", "4",
               "1.5"]


@st.composite
def plan_case(draw: st.DrawFn) -> Case:
    args = ["--duration", draw(st.sampled_from(NUMBER_ARGS))]
    if draw(st.booleans()):
        args += ["--aspect", draw(st.sampled_from(["16:9", "9:16", "1:0", "0:0", "x", "99999:1"]))]
    if draw(st.booleans()):
        args += ["--resolution", draw(st.sampled_from(["64x36", "720p", "0p", "99999p", "3x3", "64x", "a"]))]
    if draw(st.booleans()):
        args += ["--fps", draw(st.sampled_from(["6", "0", "-5", "1000", "x"]))]
    if draw(st.booleans()):
        args += ["--seed", draw(st.sampled_from(["0", "-1", str(2**70), "x"]))]
    return Case("plan", [*args, "--", draw(prompts)])


EDIT_FLAGS = {
    "--shot": ["a", "b", "zz", ""], "--size": ["close-up", "huge", ""], "--duration": NUMBER_ARGS,
    "--move": ["pan", "fly"], "--transition": ["fade", "wipe"], "--description": ["", "x" * 20_000, "🐺"],
    "--cast": ["wolf", "cat", "nobody"], "--tint": ["#00ff00", "red", ""], "--insert-after": ["a", "zz"],
    "--id": ["a", "b.1", "bad id", "x" * 100], "--delete": ["a", "b", "zz"], "--setting": ["s1", "zz"],
    "--time": ["night", "noon"], "--place": ["city", "moon"], "--weather": ["rain", "lava"],
}


@st.composite
def cases(draw: st.DrawFn, hostile_files: list[str], render_share: int = 2) -> Case:
    """A validate, render, plan or edit case; `render_share` in 10 of the screenplay cases render."""
    kind = draw(st.sampled_from(["validate"] * (10 - render_share) + ["render"] * render_share
                                + ["plan", "edit"]))
    if kind == "plan":
        return draw(plan_case())
    tiny = tiny_film()
    bases = [tiny, *(shrink(f) for f in _examples())] if kind == "render" else [tiny, *_examples()]
    base = draw(st.sampled_from(bases))
    data = draw(mutated(base, hostile_files)) if kind != "edit" or draw(st.booleans()) else base
    as_json = draw(st.sampled_from([False, False, False, True]))
    text = draw(text_damage(dump(data, as_json)))
    name = "film.json" if as_json else "film.yaml"
    if kind == "edit":
        flags = draw(st.lists(st.sampled_from(sorted(EDIT_FLAGS)), min_size=1, max_size=4, unique=True))
        args = [a for f in flags for a in (f, draw(st.sampled_from(EDIT_FLAGS[f])))]
        return Case("edit", args, text, name)
    return Case(kind, [], text, name)


_EXAMPLES: list[dict[str, Any]] = []


def _examples() -> list[dict[str, Any]]:
    if not _EXAMPLES:
        _EXAMPLES.extend(example_films())
    return _EXAMPLES


def _renders_quickly(text: str, name: str) -> bool:
    """Whether a render case may draw this film: refused films always may (that is the test)."""
    try:
        play = parse(text, name)
    except Exception:  # the CLI must answer it; judged there
        return True
    frames = sum(round(s.duration * play.format.fps) for s in play.scenes)
    return frames <= RENDER_FRAMES and play.format.width * play.format.height <= RENDER_PIXELS


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def run_case(case: Case, folder: Path, hostile: Path, limit: float = CASE_SECONDS) -> Outcome:
    """Run `case` in the empty `folder` and judge it; `hostile` holds make_hostile_files'."""
    film = folder / case.film_name
    if case.film is not None:
        film.write_text(case.film.replace(HOSTILE, str(hostile)), encoding="utf-8")
    before = film.read_bytes() if case.film is not None else b""
    out = folder / ("plan.yaml" if case.command == "plan" else "out.mp4")
    command = case.command
    rendered = False
    if command == "validate":
        argv = ["validate", str(film)]
    elif command == "render":
        assert case.film is not None
        if _renders_quickly(film.read_text(encoding="utf-8"), case.film_name):
            argv, rendered = ["render", str(film), "-o", str(out), "-q", "--no-cache", *case.args], True
        else:
            argv, command = ["validate", str(film)], "validate"
    elif command == "plan":
        argv = ["plan", "-o", str(out), *case.args]
    else:
        argv = ["edit", str(film), *case.args]
    start = time.perf_counter()
    try:
        with time_limit(limit):
            result = CliRunner().invoke(app, argv)
    except Hang as e:
        return Outcome(case, None, "", time.perf_counter() - start, hang=True, why=str(e))
    seconds = time.perf_counter() - start
    text = result.output
    o = Outcome(case, result.exit_code, text, seconds, rendered=rendered and result.exit_code == 0)
    exc = result.exception
    if result.exit_code not in (0, 2):
        o.crash, o.why = True, f"exit {result.exit_code}"
    elif exc is not None and not isinstance(exc, SystemExit):
        o.crash, o.why = True, f"{type(exc).__name__}: {exc}"
    elif "Traceback" in text:
        o.crash, o.why = True, "a traceback was printed"
    keep = {case.film_name} if case.film is not None else set()
    if result.exit_code == 0:
        if command in ("render", "plan") and not out.is_file():
            o.partial, o.why = True, "exit 0 without the output"
        keep.add(out.name)
    else:
        left = _leftovers(folder, keep)
        if left:
            o.partial, o.why = True, f"left behind after a failure: {left}"
        elif command == "edit" and film.read_bytes() != before:
            o.partial, o.why = True, "a failed edit changed the file"
    if o.ok and _leftovers(folder, keep):
        o.partial, o.why = True, f"part files left: {_leftovers(folder, keep)}"
    return o


def run_in_tmp(case: Case, hostile: Path, limit: float = CASE_SECONDS) -> Outcome:
    with tempfile.TemporaryDirectory(prefix="kinema-fuzz-") as d:
        return run_case(case, Path(d), hostile, limit)


def regression_cases() -> list[tuple[str, Case]]:
    return [(p.name, Case.from_yaml(p.read_text(encoding="utf-8")))
            for p in sorted(REGRESSIONS.glob("*.yaml"))]
