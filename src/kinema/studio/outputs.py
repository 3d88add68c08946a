"""Files made from one version of a film, on request, kept beside it: shot thumbnails, the
storyboard sheet, editing timelines and sound stems. Every one is written aside and renamed
into place (kinema.atomic), so a file that exists is whole; a version never changes, so a file
made once is served again as it is."""

from __future__ import annotations

import tempfile
import threading
import zipfile
from pathlib import Path

import cv2

from kinema.atomic import PartFile, write_bytes
from kinema.screenplay.model import Screenplay
from kinema.studio.jobs import film_dir

SOURCE = "film.yaml"  # what errors call a studio film's screenplay
TIMELINES = {"otio": "otio", "edl": "edl", "fcpxml": "xml"}
# One file made at a time: the page asks for every thumbnail at once, and each request would
# otherwise simulate the whole film again on a machine with few cores.
MAKING = threading.Lock()


def version_dir(data: Path, film_id: str, n: int) -> Path:
    d = film_dir(data, film_id) / f"v{n}"
    d.mkdir(parents=True, exist_ok=True)
    return d


def _sprites(data: Path, film_id: str, play: Screenplay):  # type: ignore[no-untyped-def]
    from kinema.film.takes import load_sprites

    return load_sprites(play, film_dir(data, film_id), SOURCE)


def thumbnails(data: Path, film_id: str, n: int, play: Screenplay) -> Path:
    """A PNG of the middle frame of every shot (thumbs/<shot>.png), drawn small, once per version."""
    from kinema.contact import thumbnail_size
    from kinema.film.loop import middle, picked_frames
    from kinema.render.vector import VectorBackend

    folder = version_dir(data, film_id, n) / "thumbs"
    ids = [s.id for sc in play.scenes for s in sc.shots]
    if folder.is_dir() and all((folder / f"{i}.png").is_file() for i in ids):
        return folder
    folder.mkdir(exist_ok=True)
    small = thumbnail_size(play)
    for take, _, frame in picked_frames(small, _sprites(data, film_id, small), VectorBackend(), middle):
        ok, png = cv2.imencode(".png", cv2.cvtColor(frame, cv2.COLOR_RGBA2BGR))
        if ok:
            write_bytes(folder / f"{take.job.shot.id}.png", png.tobytes())
    return folder


def storyboard(data: Path, film_id: str, n: int, play: Screenplay, ext: str) -> Path:
    from kinema.storyboard import write

    out = version_dir(data, film_id, n) / f"storyboard.{ext}"
    if not out.is_file():
        write(play, _sprites(data, film_id, play), out)
    return out


def timeline(data: Path, film_id: str, n: int, play: Screenplay, kind: str) -> Path:
    """An editing timeline (OTIO, CMX EDL, FCP XML) whose clips are the shot cache's segments."""
    from kinema.cache.store import Store
    from kinema.export import export, plan

    out = version_dir(data, film_id, n) / f"timeline.{TIMELINES[kind]}"
    if not out.is_file():
        handoff = plan(play, out, kind, sound=None)
        export(handoff, _sprites(data, film_id, play), Store(data / "cache"), film_dir(data, film_id), SOURCE)
    return out


def stems(data: Path, film_id: str, n: int, play: Screenplay) -> Path:
    """The four sound stems as WAVs in one zip (stored: WAV barely compresses)."""
    from kinema.audio.stems import write_stems

    out = version_dir(data, film_id, n) / "stems.zip"
    if out.is_file():
        return out
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        files = write_stems(play, _sprites(data, film_id, play), Path(tmp))
        with PartFile(out, ".part.zip") as part:
            with zipfile.ZipFile(part.path, "w", zipfile.ZIP_STORED) as z:
                for f in files:  # a fixed date: the same stems give the same zip's bytes
                    z.writestr(zipfile.ZipInfo(f.name, date_time=(1980, 1, 1, 0, 0, 0)), f.read_bytes())
            part.publish()
    return out
