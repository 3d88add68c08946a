"""Atomic output: write beside the destination under a temporary name, rename on success.

A writer's temporary file is a *part file*, `.{stem}.XXXXXXXX.part{suffix}` beside its target
(XXXXXXXX: tempfile's eight random characters). Its writer holds an exclusive `flock` on it
until the part is published or discarded. The kernel drops that lock when the process ends,
however it ends (SIGKILL included), so a part whose lock can be taken has no writer left: it
is an orphan, and the next writer to the same output removes it (`sweep_parts`). A PID
file would not do: PIDs are reused.

flock rather than fcntl (POSIX) locks: a POSIX lock belongs to the process and goes as soon
as *any* descriptor on the file is closed, and the encoders open and close the part by path.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path
from types import TracebackType

from kinema.errors import OutputError

PART = ".part"
_RANDOM = r"[a-z0-9_]{8}"  # what tempfile.mkstemp puts between prefix and suffix
_TRIES = 16
# flock's answers on a file system that has no such locks (some FUSE and network mounts).
_NO_FLOCK = (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EINVAL, errno.ENOSYS, errno.EBADF)


def check_target(path: Path) -> None:
    """An OutputError if `path` is something a rename onto it must not replace: a directory,
    a device (`-o /dev/zero` would swap the device for a regular file), a FIFO or a socket."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as e:
        raise OutputError(f"{path}: {e.strerror or e}") from None
    if stat.S_ISDIR(mode):
        raise OutputError(f"{path}: is a directory; give a file name")
    if not stat.S_ISREG(mode):
        raise OutputError(f"{path}: is a device, FIFO or socket, not a file kinema may replace")


def check_parent(path: Path) -> Path:
    """The directory `path` goes in, or an OutputError if the output cannot be written there:
    the directory is missing or not writable, `path` is a directory, a device, a FIFO or a
    socket (a rename would replace it), or its part file's name would be too long. Called
    before any work starts, so a bad output path costs nothing."""
    path = Path(path)
    parent = path.parent
    if not parent.is_dir():
        raise OutputError(f"{path}: output directory {str(parent)!r} does not exist")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"{path}: output directory {str(parent)!r} is not writable")
    check_target(path)
    # The part file's name is the output's plus 15 characters (".", ".XXXXXXXX", ".part").
    try:
        name_max = os.pathconf(parent, "PC_NAME_MAX")
    except (OSError, ValueError):
        name_max = 255
    longest = len(os.fsencode(path.name)) + 15
    if longest > name_max:
        raise OutputError(f"{path}: the file name is too long ({len(os.fsencode(path.name))} bytes; "
                          f"at most {name_max - 15} here)")
    return parent


def publish(tmp: Path, path: Path) -> None:
    """Give the finished temporary file ordinary permissions and move it into place."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes files private; an output is an ordinary file
    os.replace(tmp, path)


def part_pattern(target: Path) -> re.Pattern[str]:
    """File names of the part files of `target`, whatever their suffix after `.part`."""
    return re.compile(rf"\.{re.escape(Path(target).stem)}\.{_RANDOM}{re.escape(PART)}(?:\.[^/]*)?\Z")


def _same_file(fd: int, name: str) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(name, follow_symlinks=False)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _remove_orphan(name: str) -> bool:
    """Remove the part `name` if no live writer holds its lock; False if it stays, for any reason."""
    try:
        # O_NOFOLLOW: never act through a link; O_NONBLOCK: a FIFO of that name cannot hang us.
        # Read-only on purpose: where flock is emulated with POSIX locks (NFS) an exclusive lock
        # then fails with EBADF, and a part we cannot judge is left alone.
        fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises while its writer lives
        # Still the file we locked (a finished writer renames its part away before unlocking).
        if not _same_file(fd, name):
            return False
        os.unlink(name)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def sweep_parts(target: str | Path) -> int:
    """Remove the orphaned part files of `target` (see the module doc); return how many went.

    Parts still locked by a live writer, in this process or another, are left alone, and so
    is anything that is not a regular file or whose lock cannot be judged. Never raises OSError.
    """
    target = Path(target)
    pattern = part_pattern(target)
    removed = 0
    try:
        with os.scandir(target.parent) as entries:
            names = [e.path for e in entries if pattern.match(e.name)]
    except OSError:
        return 0
    for name in names:
        removed += _remove_orphan(name)
    return removed


class PartFile:
    """A new part file beside `target`, locked until `publish` or `discard`.

    `suffix` is what follows the random characters; it always begins with `.part` (added when
    missing) so that `sweep_parts` finds it. The default is `.part` plus the target's suffix.
    Orphaned parts of the same target are swept first unless `sweep=False`. Also a context
    manager: leaving the block without `publish` discards the part.
    """

    def __init__(self, target: str | Path, suffix: str | None = None, *, sweep: bool = True) -> None:
        self.target = Path(target)
        check_target(self.target)
        suffix = PART + self.target.suffix if suffix is None else suffix
        if not suffix.startswith(PART):
            suffix = PART + suffix
        if sweep:
            sweep_parts(self.target)
        self._fd = -1
        self._state = "open"
        for _ in range(_TRIES):
            fd, name = tempfile.mkstemp(prefix=f".{self.target.stem}.", suffix=suffix, dir=self.target.parent)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                # A sweeper took the lock in the instant between create and lock; it will
                # remove this name, so take another.
                os.close(fd)
                continue
            except OSError as e:
                # No flock on this file system: write unlocked. Sweepers cannot lock such a
                # part either, so they leave it alone; only the sweeping is lost.
                if e.errno not in _NO_FLOCK:
                    os.close(fd)
                    with contextlib.suppress(OSError):
                        os.unlink(name)
                    raise
            if not _same_file(fd, name):
                os.close(fd)  # swept before we held the lock: the name is gone or not ours
                continue
            self._fd, self.path = fd, Path(name)
            return
        raise OutputError(f"{self.target}: could not hold a part file beside it ({_TRIES} tries)")

    def write_bytes(self, data: bytes) -> None:
        """Write `data` through the locked descriptor (no second open of the part)."""
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view):]

    def publish(self) -> Path:
        """Move the part onto the target, then drop the lock (so no sweep can take it first).

        On failure the part is discarded and an OutputError names the target.
        """
        if self._state != "open":
            raise RuntimeError(f"{self.path}: part file already {self._state}")
        try:
            check_target(self.target)  # again: it may have become a device since the part was made
            publish(self.path, self.target)
        except OutputError:
            self.discard()
            raise
        except OSError as e:
            self.discard()
            raise OutputError(f"{self.target}: cannot move the finished file into place: "
                              f"{e.strerror or e}") from None
        self._state = "published"
        self.release()
        return self.target

    def discard(self) -> None:
        """Remove the part and drop the lock; does nothing once published or discarded."""
        if self._state != "open":
            return
        self._state = "discarded"
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)  # under the lock: no sweeper races the unlink
        self.release()

    def release(self) -> None:
        """Drop the lock and the descriptor, leaving the file; a later sweep may remove it."""
        if self._fd >= 0:
            fd, self._fd = self._fd, -1
            os.close(fd)

    def __enter__(self) -> PartFile:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.discard()

    def __del__(self) -> None:
        # Dropped without publish or discard: let go of the lock so the part reads as orphaned.
        with contextlib.suppress(Exception):
            self.release()


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` beside `path` as a part file, then move it into place."""
    with PartFile(path) as part:
        part.write_bytes(data)
        part.publish()


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 text beside `path` as a part file, then move it into place."""
    write_bytes(path, text.encode("utf-8"))


class PartDir:
    """A new private directory beside `target` (`.{name}.XXXXXXXX.partdir`) to build in; removed
    with all it holds when the block ends. `publish_dir` moves a directory built in it onto
    `target`. A killed run leaves it behind: hidden, never mistaken for the output."""

    def __init__(self, target: str | Path) -> None:
        self.target = Path(target)
        self.path = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.", suffix=".partdir",
                                          dir=self.target.parent))

    def publish_dir(self, built: Path) -> Path:
        """Move `built` onto the target; a directory already there (checked replaceable by the
        caller) is swapped out first and removed with this one."""
        old = self.path / ".replaced"
        try:
            if self.target.is_dir() and not self.target.is_symlink():
                os.rename(self.target, old)
            os.rename(built, self.target)
        except OSError as e:
            if old.exists() and not self.target.exists():
                with contextlib.suppress(OSError):
                    os.rename(old, self.target)  # put the previous output back
            raise OutputError(f"{self.target}: cannot move the finished folder into place: "
                              f"{e.strerror or e}") from None
        return self.target

    def __enter__(self) -> PartDir:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
