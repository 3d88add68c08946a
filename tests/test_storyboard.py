"""Storyboard sheets: a panel per shot, PNG or PDF, Chinese text, clean failures."""

from __future__ import annotations

from pathlib import Path

import pytest
import skia
from conftest import run_cli, tiny_film

from kinema.film.takes import load_sprites
from kinema.screenplay import Screenplay
from kinema.storyboard import Sheet, _font, _wrap, panels


def _film() -> dict[str, object]:
    film = tiny_film(title="月夜狼嚎")
    film["scenes"][0]["shots"][0]["description"] = "狼站在山顶上对着月亮嚎叫"  # type: ignore[index]
    return film


def test_one_panel_per_shot_with_a_frame_and_the_action() -> None:
    play = Screenplay.model_validate(_film())
    items = list(panels(play, load_sprites(play, None, "t")))
    assert [p.shot.id for p in items] == ["a", "b"]
    for p in items:
        assert p.frame.shape == (90, 160, 4) and p.frame[..., :3].std() > 1  # a drawn frame, not blank
        assert "狼" in p.action and "howl" in p.action  # names in both languages, the verb


def test_chinese_wraps_between_characters_and_has_glyphs() -> None:
    font = _font(10.5)
    text = "狼站在山顶上对着月亮嚎叫，" * 4
    lines = _wrap(text, font, 120, 10)
    assert len(lines) > 1 and "".join(lines) == text
    assert all(font.measureText(line) <= 120 for line in lines)
    assert 0 not in font.textToGlyphs("狼月亮")  # the CJK font covers them


@pytest.mark.parametrize("suffix", [".png", ".pdf"])
def test_cli_writes_png_and_pdf(tmp_film, tmp_path: Path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"board{suffix}"
    proc = run_cli("storyboard", str(tmp_film(_film())), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    data = out.read_bytes()
    play = Screenplay.model_validate(_film())
    if suffix == ".pdf":
        assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 1
    else:
        img = skia.Image.MakeFromEncoded(skia.Data.MakeWithCopy(data))
        sheet = Sheet(play, [])
        assert img is not None and img.width() == round(sheet.width * 2)
    assert not list(tmp_path.glob("*.part*"))


def test_cli_bad_output_exit_2(tmp_film, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    film = tmp_film(_film())
    bad = ((tmp_path / "board.gif", ".png or .pdf"), (tmp_path / "no" / "b.png", "does not exist"))
    for out, fragment in bad:
        proc = run_cli("storyboard", str(film), "-o", str(out))
        assert proc.returncode == 2 and fragment in proc.stderr and "Traceback" not in proc.stderr
        assert not out.exists()
