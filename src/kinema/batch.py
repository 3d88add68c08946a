"""`kinema batch`: a file of prompts, one film each (screenplay, MP4, storyboard), and a
JSON-lines report.

A film's name is a slug of its prompt plus a hash of the prompt and the planning options, so
running the batch again (after a crash, or with more prompts) finds the films already made and
skips them, and a changed option makes a new film instead of reusing an old one. Every file is
written atomically, the report included (rewritten whole after each film), so a killed batch
leaves finished films and a report of them, never half a file. A prompt that fails records its
error on its own line; the others go on.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kinema.atomic import check_parent, write_text
from kinema.errors import InputError, KinemaError, OutputError
from kinema.screenplay.model import Format, Screenplay

MAX_PROMPTS_FILE_BYTES = 4 * 1024 * 1024
REPORT = "report.jsonl"


@dataclass(frozen=True)
class Options:
    """How every prompt of the batch is planned."""

    duration: float = 60.0
    lang: str = "auto"
    seed: int = 0
    aspect: str | None = None
    resolution: str | None = None
    fps: int | None = None
    dailies: bool = True  # every planned shot checked and mended, as `kinema generate` does


@dataclass
class Line:
    """One prompt's line of the report."""

    line: int  # in the prompts file, from 1
    prompt: str
    name: str
    files: dict[str, str] = field(default_factory=dict)  # screenplay, video, storyboard
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    skipped: bool = False  # made by an earlier run of the batch

    def json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, sort_keys=False)


def read_prompts(path: Path) -> list[tuple[int, str]]:
    """(line number, prompt) for every line that is not blank or a `#` comment."""
    from kinema.screenplay.load import read_bounded

    try:
        text = read_bounded(path, MAX_PROMPTS_FILE_BYTES, "prompts file").decode("utf-8")
    except InputError as e:
        raise InputError(f"{path}: {e}") from None
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    prompts = [(i, s.strip()) for i, s in enumerate(text.splitlines(), 1)]
    prompts = [(i, s) for i, s in prompts if s and not s.startswith("#")]
    if not prompts:
        raise InputError(f"{path}: no prompts (one per line; blank lines and # comments are skipped)")
    return prompts


def film_name(prompt: str, options: Options) -> str:
    """`wolf-howls-on-a-peak-1a2b3c4d`: readable, and new whenever the prompt or an option changes."""
    words = re.findall(r"[a-z0-9]+", prompt.lower())
    slug = "-".join(words)[:40].strip("-") or "film"
    digest = hashlib.blake2b(json.dumps([prompt, options.__dict__], sort_keys=True).encode("utf-8"),
                             digest_size=4).hexdigest()
    return f"{slug}-{digest}"


def plan_film(prompt: str, options: Options) -> tuple[Screenplay, list[str]]:
    """The planner's screenplay for `prompt` in the asked picture, and its notes."""
    from kinema.plan import plan
    from kinema.screenplay.load import validate
    from kinema.screenplay.picture import picture

    o = options
    picture(Format(), o.aspect, o.resolution, o.fps)  # a bad option fails before any planning
    result = plan(prompt, duration=o.duration, lang=o.lang, seed=o.seed)
    play = result.screenplay
    if (o.aspect, o.resolution, o.fps) != (None, None, None):
        # Validated again: another fps changes every frame count the limits are measured in.
        data = play.model_dump(mode="json")
        data["format"] = picture(play.format, o.aspect, o.resolution, o.fps).model_dump(mode="json")
        play = validate(data, "the planned film")
    notes = list(result.notes)
    if o.dailies:
        from kinema.plan.dailies import review

        play, mended, _ = review(play)
        notes += mended
    return play, notes


def _previous(report: Path) -> dict[str, dict[str, Any]]:
    """The lines of an earlier run's report, by film name (an unreadable report is ignored)."""
    try:
        lines = report.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    out = {}
    for s in lines:
        try:
            row = json.loads(s)
        except ValueError:
            continue
        if isinstance(row, dict) and isinstance(row.get("name"), str) and not row.get("error"):
            out[row["name"]] = row
    return out


Render = Callable[[Screenplay, Path, Path, Any], tuple[Any, str | None]]


def run(prompts: Path, out: Path, options: Options, render: Render,
        tell: Callable[[str], None] = lambda s: None) -> list[Line]:
    """Make every prompt's film in `out` (skipping finished ones); returns the report's lines.

    `render(play, video, screenplay_path, tap)` renders one film (the CLI's executor and cache).
    """
    from kinema.cli_control import StoryboardBeside
    from kinema.screenplay.picture import picture

    todo = read_prompts(prompts)
    picture(Format(), options.aspect, options.resolution, options.fps)  # a bad option fails the batch
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"{out}: cannot make the folder: {e.strerror or e}") from None
    report = out / REPORT
    check_parent(report)
    before = _previous(report)
    lines: list[Line] = []
    for n, (number, prompt) in enumerate(todo, 1):
        name = film_name(prompt, options)
        files = {"screenplay": f"{name}.yaml", "video": f"{name}.mp4", "storyboard": f"{name}.storyboard.png"}
        row = Line(number, prompt, name, files)
        if all((out / f).is_file() for f in files.values()):
            old = before.get(name, {})
            row.seconds, row.notes = float(old.get("seconds", 0.0)), list(old.get("notes", []))
            row.skipped = True
            tell(f"[{n}/{len(todo)}] {name}: made by an earlier run, skipped")
        else:
            start = time.perf_counter()
            try:
                play, row.notes = plan_film(prompt, options)
                yaml_path = out / files["screenplay"]
                from kinema.screenplay import dump_yaml

                write_text(yaml_path, dump_yaml(play))
                beside = StoryboardBeside(play, out / files["video"])
                render(play, out / files["video"], yaml_path, beside.tap)
                beside.write()
            except KinemaError as e:
                row.error = str(e)
            except OSError as e:
                row.error = f"{e.filename or out}: {e.strerror or e}"
            except Exception as e:  # one film's bug fails its own line, not the batch
                row.error = f"internal error: {type(e).__name__}: {e}"
            row.seconds = round(time.perf_counter() - start, 3)
            if row.error is not None:
                row.files = {k: v for k, v in files.items() if (out / v).is_file() and k == "screenplay"}
                tell(f"[{n}/{len(todo)}] line {number}: error: {row.error}")
            else:
                tell(f"[{n}/{len(todo)}] {name}: {row.seconds:.1f} s")
        lines.append(row)
        write_text(report, "".join(r.json() + "\n" for r in lines))
    return lines
