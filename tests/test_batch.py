"""`kinema batch`: five prompts, one of them bad; a film per good prompt (screenplay, MP4,
storyboard), a JSON-lines report, a run again that skips what is finished."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import av
from conftest import run_cli

from kinema.batch import Options, film_name

PROMPTS = """# five films and one prompt that names nothing to film
a wolf howls on a mountain peak at night
一只猫在窗台上睡觉

!!!
a red car drives along a desert road
a dog runs on the beach in the rain
"""
FAST = ("--duration", "2", "--resolution", "256x144", "--fps", "12")


def _batch(tmp_path: Path, *extra: str) -> tuple[int, str, list[dict[str, object]]]:
    prompts = tmp_path / "prompts.txt"
    prompts.write_text(PROMPTS, encoding="utf-8")
    proc = run_cli("batch", str(prompts), "--out", str(tmp_path / "films"),
                   "--cache", str(tmp_path / "cache"), *FAST, *extra)
    report = tmp_path / "films" / "report.jsonl"
    rows = [json.loads(s) for s in report.read_text(encoding="utf-8").splitlines()]
    return proc.returncode, proc.stderr, rows


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.name != "report.jsonl"}


def test_five_prompts_one_bad_then_resumed(tmp_path: Path) -> None:
    rc, err, rows = _batch(tmp_path)
    assert rc == 2, err
    assert "1 of 5 prompt(s) failed (lines 5)" in err
    assert [r["line"] for r in rows] == [2, 3, 5, 6, 7]
    bad = rows[2]
    assert bad["prompt"] == "!!!" and "nothing in the prompt to film" in str(bad["error"])
    assert bad["files"] == {}
    films = tmp_path / "films"
    for row in rows[:2] + rows[3:]:
        assert row["error"] is None and row["skipped"] is False and float(row["seconds"]) > 0  # type: ignore[arg-type]
        files = row["files"]
        assert isinstance(files, dict) and set(files) == {"screenplay", "video", "storyboard"}
        with av.open(str(films / files["video"])) as c:
            assert c.streams.video[0].frames == 24 and c.streams.video[0].width == 256
        assert (films / files["storyboard"]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert "scenes:" in (films / files["screenplay"]).read_text(encoding="utf-8")
    assert rows[0]["name"] == film_name("a wolf howls on a mountain peak at night",
                                        Options(2.0, "auto", 0, None, "256x144", 12, True))
    assert not [p for p in films.iterdir() if "part" in p.name]  # nothing half-written
    made = digests(films)
    assert len(made) == 12

    # Again, with one film's storyboard lost: only that film is made again, the same bytes.
    (films / str(rows[1]["files"]["storyboard"])).unlink()  # type: ignore[index]
    rc, err, again = _batch(tmp_path)
    assert rc == 2
    assert [r["skipped"] for r in again] == [True, False, False, True, True]
    assert [r["seconds"] for r in again][3:] == [r["seconds"] for r in rows][3:]  # kept from the first report
    assert digests(films) == made


def test_a_bad_option_or_file_fails_the_batch_before_any_film(tmp_path: Path) -> None:
    prompts = tmp_path / "p.txt"
    prompts.write_text("# only a comment\n\n", encoding="utf-8")
    proc = run_cli("batch", str(prompts), "--out", str(tmp_path / "o"))
    assert proc.returncode == 2 and "no prompts" in proc.stderr
    prompts.write_text("a wolf\n", encoding="utf-8")
    proc = run_cli("batch", str(prompts), "--out", str(tmp_path / "o"), "--resolution", "144p")
    assert proc.returncode == 2 and "--resolution" in proc.stderr
    assert not (tmp_path / "o" / "report.jsonl").exists()
