"""Hostile screenplays: nesting thousands deep, aliases that nest or multiply. Each is refused
with exit 2 and one line naming the problem, never a RecursionError traceback."""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import run_cli

from kinema.errors import ScreenplayError
from kinema.screenplay import parse
from kinema.screenplay.load import MAX_DEPTH, check_json_depth, check_yaml_depth

load_mod = importlib.import_module("kinema.screenplay.load")  # the package's `load` is the function

N = 5000
HEAD = "kinema: 1\nscenes: []\n"


def _flow_lists() -> str:
    return HEAD + "x: " + "[" * N + "]" * N + "\n"


def _flow_maps() -> str:
    return HEAD + "x: " + "{a: " * N + "1" + "}" * N + "\n"


def _block_maps() -> str:
    # One space more per level; 2000 levels is already twice Python's recursion limit.
    return HEAD + "x:\n" + "".join(" " * i + "a:\n" for i in range(1, 2000)) + " " * 2000 + "b: 1\n"


def _block_seqs() -> str:
    return HEAD + "x:\n  " + "- " * N + "1\n"


def _aliases() -> str:
    # Each anchor one level deeper than the last, in a file only 3000 lines long.
    return HEAD + "a0: &a0 [1]\n" + "".join(f"a{i}: &a{i} [*a{i - 1}]\n" for i in range(1, 3000))


def _json_lists() -> str:
    return '{"kinema": 1, "scenes": [], "x": ' + "[" * N + "]" * N + "}"


def _json_objects() -> str:
    return '{"kinema": 1, "x": ' + '{"a": ' * N + "1" + "}" * N + "}"


CASES: list[tuple[str, Callable[[], str]]] = [
    ("flow.yaml", _flow_lists), ("maps.yaml", _flow_maps), ("block.yaml", _block_maps),
    ("seqs.yaml", _block_seqs), ("alias.yaml", _aliases), ("lists.json", _json_lists),
    ("objects.json", _json_objects),
]


@pytest.mark.parametrize(("name", "make"), CASES, ids=[c[0] for c in CASES])
def test_deep_nesting_is_one_line_exit_2(tmp_path: Path, name: str, make: Callable[[], str]) -> None:
    film = tmp_path / name
    film.write_text(make(), encoding="utf-8")
    out = tmp_path / "out.mp4"
    for args in (["validate", str(film)], ["render", str(film), "-o", str(out), "-q"]):
        proc = run_cli(*args)
        assert proc.returncode == 2, proc.stderr[-2000:]
        assert "Traceback" not in proc.stderr and "RecursionError" not in proc.stderr
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1, proc.stderr[-2000:]
        assert re.search(rf"{re.escape(name)}:\d+: nesting deeper than {MAX_DEPTH} levels", lines[0]), lines[0]
        assert not out.exists()
        assert not [p for p in tmp_path.iterdir() if p.name not in (name,)]  # no part, no film


@pytest.mark.parametrize(("name", "make"), CASES, ids=[c[0] for c in CASES])
def test_parse_refuses_before_recursing(name: str, make: Callable[[], str]) -> None:
    with pytest.raises(ScreenplayError, match="nesting deeper than"):
        parse(make(), name)


def test_limit_is_exact() -> None:
    """The top mapping is level 1, so `x:` may hold MAX_DEPTH - 1 lists and no more."""
    ok = MAX_DEPTH - 1
    check_yaml_depth("x: " + "[" * ok + "]" * ok, "f.yaml")
    check_json_depth('{"x": ' + "[" * ok + "]" * ok + "}", "f.json")
    with pytest.raises(ScreenplayError, match=r"f\.yaml:1: nesting deeper than 64 levels"):
        check_yaml_depth("x: " + "[" * (ok + 1) + "]" * (ok + 1), "f.yaml")
    with pytest.raises(ScreenplayError, match=r"f\.json:3: nesting deeper"):
        check_json_depth('{\n"s": "[[[[\\"{{{{",\n"x": ' + "[" * (ok + 1) + "]" * (ok + 1) + "}", "f.json")


def test_alias_height_counts() -> None:
    """An alias stands for its node's whole depth where it is used."""
    inner = MAX_DEPTH - 2
    text = "a: &a " + "[" * inner + "]" * inner + "\n"
    check_yaml_depth(text, "f.yaml")  # 1 + 62
    check_yaml_depth(text + "b: [*a]\n", "f.yaml")  # 1 + 1 + 62
    with pytest.raises(ScreenplayError, match=r"f\.yaml:3: nesting deeper"):
        check_yaml_depth(text + "b: [*a]\nc: [[*a]]\n", "f.yaml")


def test_self_alias_is_refused() -> None:
    with pytest.raises(ScreenplayError, match=r"f\.yaml:2: alias \*a is inside the node it names"):
        parse("kinema: 1\nx: &a [1, *a]\n", "f.yaml")


def test_billion_laughs_is_refused() -> None:
    text = "kinema: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [{', '.join([f'*{p}'] * 10)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True))
    with pytest.raises(ScreenplayError, match="values once aliases are expanded"):
        parse(text, "f.yaml")


def test_recursion_error_never_escapes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Last resort: were a check missed, the RecursionError still becomes a ScreenplayError."""
    monkeypatch.setattr(load_mod, "check_yaml_depth", lambda text, source: None)
    monkeypatch.setattr(load_mod, "check_json_depth", lambda text, source: None)
    monkeypatch.setattr(load_mod, "_LOADER", yaml.SafeLoader)  # LibYAML stops at 1,000 levels itself
    for name, make in (("f.yaml", _flow_lists), ("f.json", _json_lists)):
        with pytest.raises(ScreenplayError, match="nesting too deep"):
            parse(make(), name)


def test_ordinary_screenplays_still_load() -> None:
    from conftest import EXAMPLES, tiny_film

    for p in sorted(EXAMPLES.glob("*.yaml")):
        load_mod.load(p)
    parse(json.dumps(tiny_film()), "film.json")
