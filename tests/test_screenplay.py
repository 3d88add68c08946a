"""The screenplay format: valid files load, bad ones name the field and what was expected."""

from __future__ import annotations

import json

import pytest
import yaml
from conftest import EXAMPLES, tiny_film

from kinema.errors import ScreenplayError
from kinema.screenplay import Screenplay, ShotSize, load, parse


def test_examples_load() -> None:
    files = sorted(EXAMPLES.glob("*.yaml"))
    assert len(files) >= 3
    formats = set()
    for f in files:
        play = load(f)
        formats.add((play.format.width, play.format.height))
        assert play.duration > 0
    ratios = {round(w / h, 3) for w, h in formats}
    assert {round(16 / 9, 3), round(9 / 16, 3), 1.0} <= ratios


def test_defaults_and_json_roundtrip() -> None:
    data = tiny_film()
    del data["format"]
    play = parse(yaml.safe_dump(data, allow_unicode=True), "f.yaml")
    assert (play.format.width, play.format.height, play.format.fps) == (1280, 720, 24)
    again = parse(json.dumps(play.model_dump(mode="json")), "f.json")
    assert again == play
    assert play.scenes[0].shots[0].size is ShotSize.WIDE


def _err(data: dict, source: str = "film.yaml") -> ScreenplayError:  # type: ignore[type-arg]
    with pytest.raises(ScreenplayError) as info:
        parse(yaml.safe_dump(data, allow_unicode=True), source)
    return info.value


def _shot(data: dict, **kw: object) -> dict:  # type: ignore[type-arg]
    data["scenes"][0]["shots"][1].update(kw)
    return data


@pytest.mark.parametrize(("mutate", "path", "fragment"), [
    (lambda d: _shot(d, duration=-3), "scenes[0].shots[1].duration", "must be > 0, got -3"),
    (lambda d: _shot(d, size="huge"), "scenes[0].shots[1].size", "'huge'"),
    (lambda d: _shot(d, subjects=["ghost"]), "scenes[0].shots[1].subjects[0]", "'ghost' is not in the cast"),
    (lambda d: _shot(d, move="spin"), "scenes[0].shots[1].move", "'spin'"),
    (lambda d: _shot(d, duration=1900), "scenes", "cap is 1800 s"),
    (lambda d: {**d, "format": {"width": 5000}}, "format.width", "less than or equal to 3840"),
    (lambda d: {**d, "format": {"width": 161}}, "format", "even"),
    (lambda d: {**d, "colour": 1}, "colour", "unknown field"),
    (lambda d: {**d, "kinema": 2}, "kinema", "unsupported format version 2"),
    (lambda d: {**d, "kinema": True}, "kinema", "unsupported format version True"),
    (lambda d: _shot(d, duration=0.01), "scenes[0].shots[1].duration", "at least one frame"),
    (lambda d: {k: v for k, v in d.items() if k != "kinema"}, "kinema", "add 'kinema: 1'"),
])
def test_bad_fields_are_named(mutate, path, fragment) -> None:  # type: ignore[no-untyped-def]
    e = _err(mutate(tiny_film()))
    assert e.path == path
    assert fragment in e.message
    assert str(e).startswith("film.yaml")


def test_field_error_reports_its_line() -> None:
    text = yaml.safe_dump(_shot(tiny_film(), duration=-3), allow_unicode=True, sort_keys=False)
    with pytest.raises(ScreenplayError) as info:
        parse(text, "film.yaml")
    line = info.value.line
    assert line is not None
    assert "duration: -3" in text.splitlines()[line - 1]


def test_yaml_syntax_error_has_line() -> None:
    with pytest.raises(ScreenplayError) as info:
        parse("kinema: 1\nscenes: [\n  {id: a\n", "broken.yaml")
    assert "YAML does not parse" in info.value.message
    assert info.value.line is not None and info.value.line >= 3


def test_duplicate_ids_rejected() -> None:
    d = tiny_film()
    d["scenes"][0]["shots"][1]["id"] = "a"
    e = _err(d)
    assert e.path == "scenes[0].shots[1].id" and "duplicate shot id 'a'" in e.message


def test_schema_is_json_schema() -> None:
    schema = Screenplay.model_json_schema()
    assert schema["type"] == "object"
    assert {"kinema", "scenes"} <= set(schema["required"])
    assert "ShotSize" in json.dumps(schema)
