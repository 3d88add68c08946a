"""Read a screenplay from YAML or JSON and turn every failure into a message naming the field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from kinema.errors import ScreenplayError
from kinema.screenplay.model import ReferenceError_, Screenplay


def format_loc(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _line_of(root: yaml.Node | None, loc: tuple[str | int, ...]) -> int | None:
    """Follow a field path through the YAML node tree to report the line a person should fix."""
    node = root
    line = None
    for part in loc:
        if node is None:
            break
        line = node.start_mark.line + 1
        nxt = None
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            for k, v in node.value:
                if getattr(k, "value", None) == part:
                    nxt = v
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            nxt = node.value[part]
        node = nxt
    if node is not None:
        line = node.start_mark.line + 1
    return line


def _message(err: dict[str, Any]) -> tuple[tuple[str | int, ...], str]:
    loc: tuple[str | int, ...] = tuple(err.get("loc", ()))
    ctx = err.get("ctx") or {}
    cause = ctx.get("error")
    if isinstance(cause, ReferenceError_):
        return cause.loc, cause.msg
    msg = str(err.get("msg", "invalid"))
    for prefix in ("Value error, ", "Assertion failed, "):
        if msg.startswith(prefix):
            return loc, msg[len(prefix):]
    kind = err.get("type", "")
    if kind == "extra_forbidden":
        return loc, "unknown field"
    if kind == "enum":
        return loc, f"{msg[0].lower()}{msg[1:]}, got {err.get('input')!r}"
    if kind == "missing":
        return loc, "required field is missing"
    if "input" in err and not isinstance(err["input"], dict | list):
        return loc, f"{msg[0].lower()}{msg[1:]}, got {err['input']!r}"
    return loc, msg[0].lower() + msg[1:]


def parse(text: str, source: str = "<screenplay>") -> Screenplay:
    root: yaml.Node | None = None
    try:
        if source.endswith(".json"):
            data = json.loads(text)
        else:
            root = yaml.compose(text, Loader=yaml.SafeLoader)
            data = yaml.safe_load(text)
    except json.JSONDecodeError as e:
        raise ScreenplayError(source, "", f"JSON does not parse: {e.msg}", e.lineno) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(e, "problem", None) or str(e)
        raise ScreenplayError(source, "", f"YAML does not parse: {problem}", line) from None
    if not isinstance(data, dict):
        raise ScreenplayError(source, "", f"expected a mapping at the top, got {type(data).__name__}")
    if "kinema" not in data:
        raise ScreenplayError(source, "kinema", "missing format version; add 'kinema: 1'", 1)
    if type(data["kinema"]) is not int or data["kinema"] != 1:
        raise ScreenplayError(source, "kinema",
                              f"unsupported format version {data['kinema']!r}; this kinema reads 1")
    try:
        return Screenplay.model_validate(data)
    except ValidationError as e:
        loc, msg = _message(dict(e.errors(include_url=False)[0]))
        raise ScreenplayError(source, format_loc(loc), msg, _line_of(root, loc)) from None


def read_text(path: str | Path) -> str:
    """A screenplay file's text, or a ScreenplayError naming the file."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScreenplayError(str(path), "", "file not found") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ScreenplayError(str(path), "", f"cannot read: {e}") from None


def load(path: str | Path) -> Screenplay:
    p = Path(path)
    return parse(read_text(p), p.name if p.name else str(path))


def dump_yaml(play: Screenplay) -> str:
    data = play.model_dump(mode="json", exclude_defaults=False)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
