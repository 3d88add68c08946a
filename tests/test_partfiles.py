"""Part files: a writer's temporary file beside its output is locked while the writer lives, so
the next writer to the same output removes a killed one's part and leaves a live one's alone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, ROOT, tiny_film

from kinema.atomic import PartFile, part_pattern, sweep_parts, write_text
from kinema.errors import OutputError

CHILD = """
import sys, time
from pathlib import Path
from kinema.atomic import PartFile
part = PartFile(Path(sys.argv[1]))
part.write_bytes(b"half a film" * 1000)
print(part.path, flush=True)
print("ready", flush=True)
time.sleep(60)
"""


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """A live process holding a part file for tmp_path/out.mp4, and that part's path."""
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "out.mp4")], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        part = Path(proc.stdout.readline().strip())
        assert proc.stdout.readline().strip() == "ready"
        yield proc, part
    finally:
        proc.kill()
        proc.wait(timeout=10)


def _orphan(tmp_path: Path, name: str) -> Path:
    p = tmp_path / name
    p.write_bytes(b"left by a killed writer")
    return p


def test_killed_writers_part_is_swept_live_one_is_not(writer: tuple[subprocess.Popen[str], Path],
                                                      tmp_path: Path) -> None:
    proc, part = writer
    out = tmp_path / "out.mp4"
    assert part.parent == tmp_path and part_pattern(out).match(part.name), part
    other = _orphan(tmp_path, ".other.abcd1234.part.mp4")  # another output's: not ours to touch
    stale = _orphan(tmp_path, ".out.abcd1234.part.mp4")  # an orphan of this output, no lock

    assert sweep_parts(out) == 1  # the orphan, not the live writer's part
    assert part.exists() and not stale.exists()
    assert sweep_parts(out) == 0 and part.exists()

    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert sweep_parts(out) == 1
    assert not part.exists()
    assert other.exists() and other.read_bytes() == b"left by a killed writer"
    assert sweep_parts(out) == 0


def test_new_part_file_sweeps_first(writer: tuple[subprocess.Popen[str], Path], tmp_path: Path) -> None:
    """Making a part file is enough to clear the orphans of its output; a live part stays."""
    _, live = writer
    stale = _orphan(tmp_path, ".out.zzzz9999.part.mp4")
    with PartFile(tmp_path / "out.mp4") as part:
        assert part.path.name.endswith(".part.mp4") and part.path.exists()
        assert not stale.exists() and live.exists()
        assert sweep_parts(tmp_path / "out.mp4") == 0  # this process's own live part stays too


def test_sweep_leaves_what_is_not_a_part(tmp_path: Path) -> None:
    out = tmp_path / "out.mp4"
    keep = [_orphan(tmp_path, n) for n in
            ("out.mp4", ".out.mp4", ".out.short.part.mp4", ".out.abcd1234.tmp", "out.abcd1234.part.mp4",
             ".out.v2.abcd1234.part.mp4", ".outer.abcd1234.part.mp4")]
    (tmp_path / ".out.dir00000.part.mp4").mkdir()
    (tmp_path / ".out.link0000.part.mp4").symlink_to(keep[0])
    os.mkfifo(tmp_path / ".out.fifo0000.part.mp4")
    assert sweep_parts(out) == 0
    assert all(p.exists() for p in keep)
    assert (tmp_path / ".out.link0000.part.mp4").is_symlink()
    assert sweep_parts(tmp_path / "missing-dir" / "out.mp4") == 0  # never raises


def test_publish_moves_part_into_place_and_unlocks(tmp_path: Path) -> None:
    out = tmp_path / "board.png"
    part = PartFile(out)
    assert part_pattern(out).match(part.path.name) and part.path.name.endswith(".part.png")
    part.write_bytes(b"png bytes")
    assert part.publish() == out
    assert out.read_bytes() == b"png bytes" and not part.path.exists()
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
    part.discard()  # a no-op once published
    assert out.exists()
    assert not [p for p in tmp_path.iterdir() if p != out]


def test_discard_and_context_manager(tmp_path: Path) -> None:
    out = tmp_path / "out.mp4"
    with PartFile(out, ".part.mp4") as part:
        part.write_bytes(b"x")
    assert not part.path.exists()  # left without publish: discarded
    with pytest.raises(KeyError), PartFile(out, ".mp4") as part:
        assert part.path.name.endswith(".part.mp4")  # `.part` added to a bare suffix
        raise KeyError
    assert not list(tmp_path.iterdir())
    with pytest.raises(RuntimeError):
        part.publish()


def test_failed_publish_is_an_output_error_and_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "film.mp4"
    part = PartFile(out)
    out.mkdir()  # in the way by the time the part is finished
    (out / "keep").write_text("x")
    with pytest.raises(OutputError, match=r"film\.mp4: is a directory"):
        part.publish()
    assert not part.path.exists()
    with pytest.raises(OutputError, match=r"film\.mp4: is a directory"):
        PartFile(out)  # refused up front when it is there already


def test_released_part_reads_as_orphaned(tmp_path: Path) -> None:
    out = tmp_path / "out.mp4"
    part = PartFile(out)
    part.release()  # as if its process had died
    assert sweep_parts(out) == 1 and not part.path.exists()


def test_part_swept_between_create_and_lock_is_replaced(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The instant between mkstemp and flock: a sweeper that locks first wins, the writer
    takes a new name rather than write into a file about to be removed."""
    real = tempfile.mkstemp
    held: list[int] = []

    def racing_mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        fd, name = real(*args, **kwargs)
        if not held:  # a sweeper opens and locks the first name before its writer can
            held.append(os.open(name, os.O_RDONLY))
            import fcntl

            fcntl.flock(held[0], fcntl.LOCK_EX | fcntl.LOCK_NB)
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", racing_mkstemp)
    names = sorted(p.name for p in tmp_path.iterdir())
    part = PartFile(tmp_path / "out.mp4", sweep=False)
    try:
        first = [p for p in tmp_path.iterdir() if p.name not in names and p != part.path]
        assert len(first) == 1  # the sweeper's; it would now unlink it
        assert part.path.exists() and part.path != first[0]
    finally:
        part.discard()
        os.close(held[0])


def test_write_text_is_atomic_and_sweeps(tmp_path: Path) -> None:
    path = tmp_path / "film.yaml"
    stale = _orphan(tmp_path, ".film.abcd1234.part.yaml")
    write_text(path, "kinema: 1\ntitle: 狼\n")
    assert path.read_text(encoding="utf-8") == "kinema: 1\ntitle: 狼\n"
    assert not stale.exists()
    assert not [p for p in tmp_path.iterdir() if p != path]


def test_render_after_killed_render_leaves_no_part(tmp_path: Path, tmp_film: Any) -> None:
    """End to end: SIGKILL a render once its part file exists; the next render to the same
    output removes the orphan. The second render is a tiny film (fast): the sweep is per output."""
    out = tmp_path / "film.mp4"
    proc = subprocess.Popen([sys.executable, "-m", "kinema", "render", str(EXAMPLES / "dog_square.yaml"),
                             "-o", str(out), "--no-cache", "-q"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob(".film.*.part.mp4")):
            assert proc.poll() is None, "the render ended before its part file was seen"
            assert time.monotonic() < deadline, "no part file appeared"
            time.sleep(0.02)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    assert list(tmp_path.glob(".film.*.part.mp4")) and not out.exists()

    film = tmp_film(tiny_film())
    again = subprocess.run([sys.executable, "-m", "kinema", "render", str(film), "-o", str(out),
                            "--no-cache", "-q"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert out.exists()
    assert not list(tmp_path.glob("*.part*"))
