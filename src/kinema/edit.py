"""Edits without hand-writing YAML: change a shot, a cast member's tint, a scene's setting;
insert or delete shots. The file is rewritten through ruamel.yaml's round trip, so the user's
comments, key order and flow style survive; the result is validated like any screenplay
before it replaces the file, atomically. JSON files stay JSON.
"""

from __future__ import annotations

import copy
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import YAMLError

from kinema.atomic import write_text
from kinema.errors import KinemaError
from kinema.screenplay import Screenplay, parse
from kinema.screenplay.load import read_text


class EditError(KinemaError):
    pass


@dataclass
class Edit:
    """One command's worth of changes; None leaves a field as it is."""

    shot: str | None = None
    shot_fields: dict[str, Any] = field(default_factory=dict)  # size, duration, move, transition, ...
    cast: str | None = None
    tint: str | None = None
    insert_after: str | None = None
    new_id: str | None = None
    delete: str | None = None
    setting: str | None = None
    setting_fields: dict[str, Any] = field(default_factory=dict)  # time, place, weather


def _yaml(text: str) -> YAML:
    y = YAML()  # round trip
    y.preserve_quotes = True
    y.width = 4096  # re-wrapping would split quoted strings; long lines stay long
    y.allow_unicode = True
    # Keep the file's own list indentation ("key:\n  - item" or "key:\n- item").
    m = re.search(r"^( *)[A-Za-z_]\w*:[ \t]*\n(?:[ \t]*#.*\n)*( *)- ", text, re.MULTILINE)
    offset = max(0, len(m.group(2)) - len(m.group(1))) if m else 0
    y.indent(mapping=2, sequence=offset + 2, offset=offset)
    return y


def _number(v: float) -> float | int:
    return int(v) if float(v).is_integer() else v


def _shots(data: Any) -> list[tuple[Any, int, Any]]:
    return [(scene, i, shot) for scene in data.get("scenes") or [] for i, shot in
            enumerate(scene.get("shots") or [])]


def _by_id(items: list[Any], wanted: str, flag: str, what: str) -> Any:
    """The cast member or scene with this id, or an error listing the ids there are."""
    for item in items:
        if item.get("id") == wanted:
            return item
    raise EditError(f"{flag}: no {what} {wanted!r} (known: {[i.get('id') for i in items]})")


def _find_shot(data: Any, shot_id: str, flag: str) -> tuple[Any, int, Any]:
    for scene, i, shot in _shots(data):
        if shot.get("id") == shot_id:
            return scene, i, shot
    known = [s.get("id") for _, _, s in _shots(data)]
    raise EditError(f"{flag}: no shot {shot_id!r} (known: {known})")


def _set(mapping: Any, fields: dict[str, Any]) -> None:
    for k, v in fields.items():
        if v is not None:
            mapping[k] = _number(v) if isinstance(v, float) else v


def apply(data: Any, edit: Edit) -> list[str]:
    """Change `data` (the parsed file) in place; returns what was done, in words."""
    done = []
    if edit.shot is not None:
        _, _, shot = _find_shot(data, edit.shot, "--shot")
        if not any(v is not None for v in edit.shot_fields.values()):
            raise EditError("--shot: say what to change (--size, --duration, --move, --transition, "
                            "--description)")
        _set(shot, edit.shot_fields)
        done.append(f"shot {edit.shot}")
    if edit.cast is not None:
        member = _by_id(data.get("cast") or [], edit.cast, "--cast", "cast member")
        if edit.tint is None:
            raise EditError("--cast: say what to change (--tint)")
        if "appearance" not in member or member["appearance"] is None:
            member["appearance"] = CommentedMap()
        member["appearance"]["tint"] = edit.tint
        done.append(f"cast {edit.cast}")
    if edit.insert_after is not None:
        scene, i, after = _find_shot(data, edit.insert_after, "--insert-after")
        ids = {s.get("id") for _, _, s in _shots(data)}
        new_id = edit.new_id or next(f"{edit.insert_after}.{k}" for k in range(1, 10_000)
                                     if f"{edit.insert_after}.{k}" not in ids)
        shot = CommentedMap()
        shot["id"] = new_id
        defaults = {"duration": after.get("duration"), "subjects": copy.deepcopy(after.get("subjects"))}
        _set(shot, {**defaults, **{k: v for k, v in edit.shot_fields.items() if v is not None}})
        if isinstance(after, CommentedMap) and after.fa.flow_style():
            shot.fa.set_flow_style()
        scene["shots"].insert(i + 1, shot)
        done.append(f"inserted shot {new_id} after {edit.insert_after}")
    if edit.delete is not None:
        scene, i, _ = _find_shot(data, edit.delete, "--delete")
        if len(scene["shots"]) == 1:
            raise EditError(f"--delete: {edit.delete!r} is the only shot of scene {scene.get('id')!r}; "
                            f"a scene needs at least one shot")
        del scene["shots"][i]
        done.append(f"deleted shot {edit.delete}")
    if edit.setting is not None:
        scene = _by_id(data.get("scenes") or [], edit.setting, "--setting", "scene")
        if not any(v is not None for v in edit.setting_fields.values()):
            raise EditError("--setting: say what to change (--time, --place, --weather)")
        if scene.get("setting") is None:
            scene["setting"] = CommentedMap()
        _set(scene["setting"], edit.setting_fields)
        done.append(f"setting of {edit.setting}")
    if not done:
        raise EditError("nothing to edit: give --shot, --cast, --insert-after, --delete or --setting")
    return done


def _round_trip_load(y: YAML, text: str, source: str) -> Any:
    """ruamel.yaml's reading of the file. It is stricter than the loader that validated it in a
    few corners (a tab inside a plain scalar): say so, with the line, rather than crash."""
    try:
        return y.load(text)
    except YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark is not None else source
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise EditError(f"{where}: the editor cannot keep this file's layout: {problem}; quote the "
                        "value or edit the file by hand") from None


@dataclass
class RoundTrip:
    """A screenplay file parsed so that it can be changed and written back in its own layout."""

    source: str
    data: Any  # ruamel.yaml's round-trip tree, or plain JSON data
    is_json: bool
    _yaml: YAML | None = None

    def dump(self) -> str:
        if self.is_json or self._yaml is None:
            return json.dumps(self.data, indent=2, ensure_ascii=False) + "\n"
        buf = io.StringIO()
        self._yaml.dump(self.data, buf)
        return buf.getvalue()


def round_trip(path: Path) -> RoundTrip:
    """The file, validated first (errors point at the user's own lines), ready to change."""
    path = Path(path)
    text = read_text(path)
    parse(text, path.name)
    if path.suffix.lower() == ".json":
        return RoundTrip(path.name, json.loads(text), True)
    y = _yaml(text)
    return RoundTrip(path.name, _round_trip_load(y, text, path.name), False, y)


def edit_file(path: Path, edit: Edit) -> tuple[Screenplay, list[str]]:
    """Apply `edit` to the file, validate the result, and replace the file atomically."""
    path = Path(path)
    doc = round_trip(path)
    done = apply(doc.data, edit)
    new = doc.dump()
    play = parse(new, path.name)  # the edited screenplay must validate, or the file stays
    write_text(path, new)
    return play, done
