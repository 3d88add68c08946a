"""Read a screenplay from YAML or JSON and turn every failure into a message naming the field."""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from kinema.errors import InputError, ScreenplayError
from kinema.screenplay.limits import MAX_SCREENPLAY_BYTES, MAX_VALUES
from kinema.screenplay.model import ReferenceError_, Screenplay

# A real screenplay nests fewer than 10 levels (film, scenes, scene, shots, shot, ...). The
# YAML composer, the JSON decoder and the constructors all recurse once per level, so a file
# nested a few thousand deep would end in a RecursionError; the depth is checked first, by
# scans that do not recurse.
MAX_DEPTH = 64
# PyYAML's C parser (LibYAML) where it is built in: about ten times faster than the pure
# Python one, so that even the largest file the limits allow is read, or refused, in well
# under two seconds. Both build the same nodes, with the same line numbers.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

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
        return loc, f"{msg[0].lower()}{msg[1:]}, got {short_repr(err.get('input'))}"
    if kind == "missing":
        return loc, "required field is missing"
    if "input" in err and not isinstance(err["input"], dict | list):
        return loc, f"{msg[0].lower()}{msg[1:]}, got {short_repr(err['input'])}"
    return loc, msg[0].lower() + msg[1:]


def short_repr(value: Any, limit: int = 80) -> str:
    """repr() cut to `limit` characters: an error line quotes a 10 MB string only in part."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text):,} characters)"


def _too_deep(source: str, line: int | None) -> ScreenplayError:
    return ScreenplayError(source, "", f"nesting deeper than {MAX_DEPTH} levels", line)


# A JSON string (escapes included), a bracket or a newline; everything else is skipped.
_JSON_TOKEN = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"|[\[\]{}\n]', re.DOTALL)


def check_json_depth(text: str, source: str) -> None:
    """Raise a ScreenplayError at the first bracket nested deeper than MAX_DEPTH."""
    depth, line = 0, 1
    for m in _JSON_TOKEN.finditer(text):
        c = m.group()
        if c == "\n":
            line += 1
        elif c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep(source, line)
        elif c in "]}":
            depth = max(0, depth - 1)
        else:
            line += c.count("\n")  # an escaped newline; the decoder rejects raw ones


@dataclass
class _Open:
    """A mapping or sequence being scanned: its anchor, its children's height, its values."""

    anchor: str | None
    height: int = 0
    values: int = 1


def check_yaml_depth(text: str, source: str) -> None:
    """Raise a ScreenplayError where the YAML nests deeper than MAX_DEPTH, counting what an
    alias stands for, or where aliases expand to more than MAX_VALUES values.

    Reads parser events, which PyYAML produces without recursion, and stops at the first
    level too many, before any node is built. A YAML syntax error passes through.
    """
    try:
        _scan(text, source)
    except yaml.YAMLError as e:
        # LibYAML's scanner has a nesting cap of its own (1,000), met while it reads ahead.
        mark = getattr(e, "problem_mark", None)
        if "maximum nesting depth" in str(getattr(e, "problem", "")):
            raise _too_deep(source, mark.line + 1 if mark is not None else None) from None
        raise


def _scan(text: str, source: str) -> None:
    done: dict[str, tuple[int, int]] = {}  # anchor -> (height, values) of a finished node
    stack: list[_Open] = []
    for ev in yaml.parse(text, Loader=_LOADER):
        line = ev.start_mark.line + 1 if ev.start_mark is not None else None
        if isinstance(ev, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            if len(stack) >= MAX_DEPTH:
                raise _too_deep(source, line)
            stack.append(_Open(ev.anchor))
            continue
        if isinstance(ev, yaml.CollectionEndEvent):
            node = stack.pop()
            height, values = node.height + 1, node.values
            if node.anchor is not None:
                done[node.anchor] = (height, values)
        elif isinstance(ev, yaml.ScalarEvent):
            height, values = 0, 1
            if ev.anchor is not None:
                done[ev.anchor] = (height, values)
        elif isinstance(ev, yaml.AliasEvent):
            if any(o.anchor == ev.anchor for o in stack):
                raise ScreenplayError(source, "", f"alias *{ev.anchor} is inside the node it names "
                                      "(endless nesting)", line)
            height, values = done.get(ev.anchor or "", (0, 1))  # an unknown one: the composer says so
            if len(stack) + height > MAX_DEPTH:
                raise _too_deep(source, line)
        else:
            continue
        if stack:
            top = stack[-1]
            top.height = max(top.height, height)
            top.values += values
            if top.values > MAX_VALUES:
                raise ScreenplayError(source, "", f"more than {MAX_VALUES:,} values once aliases are "
                                      "expanded", line)


def _load_yaml(text: str, source: str) -> tuple[yaml.Node | None, Any]:
    """The node tree (for line numbers) and the data built from it, in one composition."""
    check_yaml_depth(text, source)
    loader = _LOADER(text)
    try:
        root = loader.get_single_node()
        return root, (loader.construct_document(root) if root is not None else None)
    finally:
        loader.dispose()


def parse(text: str, source: str = "<screenplay>") -> Screenplay:
    try:
        return _parse(text, source)
    except RecursionError:
        # The depth checks should make this unreachable; a traceback must never be the answer.
        raise ScreenplayError(source, "", f"nesting too deep to read (the limit is {MAX_DEPTH} levels)",
                              None) from None


def _parse(text: str, source: str) -> Screenplay:
    root: yaml.Node | None = None
    try:
        if source.endswith(".json"):
            check_json_depth(text, source)
            data = json.loads(text)
        else:
            root, data = _load_yaml(text, source)
    except json.JSONDecodeError as e:
        raise ScreenplayError(source, "", f"JSON does not parse: {e.msg}", e.lineno) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(e, "problem", None) or str(e)
        raise ScreenplayError(source, "", f"YAML does not parse: {problem}", line) from None
    except ValueError as e:
        # A scalar the constructors refuse: an integer of more than 4,300 digits, a bad date.
        raise ScreenplayError(source, "", f"a value cannot be read: {e}") from None
    if not isinstance(data, dict):
        raise ScreenplayError(source, "", f"expected a mapping at the top, got {type(data).__name__}")
    if "kinema" not in data:
        raise ScreenplayError(source, "kinema", "missing format version; add 'kinema: 1'", 1)
    if type(data["kinema"]) is not int or data["kinema"] != 1:
        raise ScreenplayError(source, "kinema",
                              f"unsupported format version {data['kinema']!r}; this kinema reads 1")
    return validate(data, source, root)


def validate(data: Any, source: str, root: yaml.Node | None = None) -> Screenplay:
    """The screenplay `data` describes, or a ScreenplayError naming the field (and its line)."""
    try:
        return Screenplay.model_validate(data)
    except ValidationError as e:
        loc, msg = _message(dict(e.errors(include_url=False)[0]))
        raise ScreenplayError(source, format_loc(loc), msg, _line_of(root, loc)) from None


def read_bounded(path: str | Path, limit: int, what: str = "file") -> bytes:
    """A regular file's bytes, at most `limit` of them, or an InputError saying why not.

    Checked on the open descriptor, so /dev/zero, a FIFO or a directory is refused before a
    byte is read, and a file that grows while being read still stops at the limit.
    """
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise InputError(f"{what} not found") from None
    except OSError as e:
        raise InputError(f"cannot read the {what}: {e.strerror or e}") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError("is a directory, not a file")
        if not stat.S_ISREG(mode):
            raise InputError("is not a regular file but a device, FIFO or socket")
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(limit + 1)
    except OSError as e:
        raise InputError(f"cannot read the {what}: {e.strerror or e}") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise InputError(f"the {what} is larger than the limit of {limit:,} bytes")
    return data


def read_text(path: str | Path) -> str:
    """A screenplay file's text, or a ScreenplayError naming the file."""
    try:
        data = read_bounded(path, MAX_SCREENPLAY_BYTES)
    except InputError as e:
        raise ScreenplayError(str(path), "", str(e)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ScreenplayError(str(path), "", f"cannot read: not UTF-8 text ({e.reason} at byte "
                              f"{e.start})") from None


def load(path: str | Path) -> Screenplay:
    p = Path(path)
    return parse(read_text(p), p.name if p.name else str(path))


def dump_yaml(play: Screenplay) -> str:
    data = play.model_dump(mode="json", exclude_defaults=False)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
