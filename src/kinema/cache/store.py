"""The shot store: one directory per key, published whole with a manifest, verified on read.

An entry is built in a temporary directory beside the store and renamed into place only
when every file is written and listed in `manifest.json` with its size and SHA-256. A crash
leaves either a complete entry or none (the build directory of a killed writer, whose lock
died with it, is removed by the next writer); a damaged entry (a file missing, truncated or
changed) fails verification, is removed and rebuilt.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kinema.errors import OutputError

MANIFEST = "manifest.json"
LAYOUT = "v1"
BUILD = ".build-"
LOCK = ".lock"  # held (flock) by the process filling a build directory, for as long as it lives
UNLOCKED_GRACE_S = 600.0  # a build directory without its lock yet is someone's first instant


def default_dir() -> Path:
    """$KINEMA_CACHE, else $XDG_CACHE_HOME/kinema, else ~/.cache/kinema."""
    if os.environ.get("KINEMA_CACHE"):
        return Path(os.environ["KINEMA_CACHE"])
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "kinema"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@dataclass(frozen=True)
class Entry:
    key: str
    path: Path
    meta: dict[str, object]

    def file(self, name: str) -> Path:
        return self.path / name


class Store:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._base = self.root / LAYOUT
        self._swept = False

    def _dir(self, key: str) -> Path:
        return self._base / key[:2] / key

    def get(self, key: str) -> Entry | None:
        """The verified entry, or None. A damaged entry is removed so that it is rebuilt."""
        d = self._dir(key)
        if not d.is_dir():
            return None
        try:
            manifest = json.loads((d / MANIFEST).read_text(encoding="utf-8"))
            ok = manifest.get("key") == key and all(
                (d / name).is_file() and (d / name).stat().st_size == f["size"]
                and _sha256(d / name) == f["sha256"] for name, f in manifest["files"].items())
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            ok = False
        if not ok:
            shutil.rmtree(d, ignore_errors=True)
            return None
        return Entry(key, d, dict(manifest.get("meta", {})))

    def sweep(self) -> int:
        """Remove build directories whose writer is gone (killed mid-shot); returns how many."""
        removed = 0
        try:
            builds = sorted(self._base.glob(BUILD + "*"))
        except OSError:
            return 0
        for d in builds:
            try:
                fd = os.open(d / LOCK, os.O_RDWR)
            except FileNotFoundError:
                with contextlib.suppress(OSError):
                    if time.time() - d.stat().st_mtime > UNLOCKED_GRACE_S:
                        shutil.rmtree(d, ignore_errors=True)
                        removed += 1
                continue
            except OSError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue  # a live writer holds it
            else:
                shutil.rmtree(d, ignore_errors=True)
                removed += 1
            finally:
                os.close(fd)
        return removed

    @contextlib.contextmanager
    def put(self, key: str, meta: dict[str, object]) -> Iterator[Path]:
        """Yield an empty directory to fill; on success it becomes the entry for `key`."""
        if not self._swept:
            self._swept = True
            self.sweep()
        try:
            self._base.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=BUILD, dir=self._base))
            lock = os.open(tmp / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as e:
            raise OutputError(f"cache directory {self.root}: {e.strerror}") from None
        try:
            with contextlib.suppress(OSError):  # no flock here: only the sweeping is lost
                fcntl.flock(lock, fcntl.LOCK_EX)
            yield tmp
            files = {p.name: {"size": p.stat().st_size, "sha256": _sha256(p)}
                     for p in sorted(tmp.iterdir()) if p.is_file() and p.name != LOCK}
            (tmp / MANIFEST).write_text(json.dumps({"key": key, "files": files, "meta": meta},
                                                   indent=1), encoding="utf-8")
            # The lock file goes only now, a moment before the rename: a writer killed while it
            # hashed a large segment left a directory without one, which the sweep spared as
            # someone's first instant (UNLOCKED_GRACE_S). The lock stays held through its descriptor.
            (tmp / LOCK).unlink()
            d = self._dir(key)
            d.parent.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(d, ignore_errors=True)  # a damaged copy, or another process's
            with contextlib.suppress(OSError):  # lost a race: the other entry is as good
                os.rename(tmp, d)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
            os.close(lock)

    def count(self, meta_field: str) -> int:
        """Entries whose manifest's meta has `meta_field` (a shot's sound: "sound")."""
        n = 0
        for m in self._base.glob(f"*/*/{MANIFEST}") if self._base.is_dir() else ():
            with contextlib.suppress(OSError, ValueError, AttributeError):
                n += meta_field in json.loads(m.read_text(encoding="utf-8")).get("meta", {})
        return n

    def clear(self) -> tuple[int, int]:
        """Remove every entry; returns (entries, bytes) removed."""
        entries = size = 0
        if self._base.is_dir():
            for d in self._base.glob("*/*"):
                if d.is_dir():
                    entries += 1
                    size += sum(f.stat().st_size for f in d.iterdir() if f.is_file())
            shutil.rmtree(self._base)
        return entries, size
