"""No traceback reaches the user: the last line of defence around every command.

A `KinemaError` that a command did not catch, or an `OSError` (a full disk, a name too long,
a permission), is the user's to fix: one line and exit 2. Anything else is a bug in kinema:
one line saying so, the traceback written to a crash log, exit 1. Crash logs go to
`$KINEMA_LOG_DIR`, else `$XDG_STATE_HOME/kinema/crash` (`~/.local/state/kinema/crash`), else
the system's temporary directory.
"""

from __future__ import annotations

import datetime
import os
import sys
import tempfile
import traceback
from importlib import import_module
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperGroup

from kinema.errors import KinemaError

# Typer's own ways out: exit codes, aborts and usage errors, which it prints itself. Typer
# from 0.2x has its own exception base; before that, click's.
_USAGE: type[Exception] = getattr(typer, "TyperException", None) or import_module("click").ClickException
_PASS = (typer.Exit, typer.Abort, _USAGE)


def log_dirs() -> list[Path]:
    """Where a crash log may go, in order of preference."""
    dirs = []
    if os.environ.get("KINEMA_LOG_DIR"):
        dirs.append(Path(os.environ["KINEMA_LOG_DIR"]))
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    dirs.append(Path(state) / "kinema" / "crash")
    dirs.append(Path(tempfile.gettempdir()) / "kinema-crash")
    return dirs


def write_log(exc: BaseException, argv: list[str]) -> Path | None:
    """The traceback and the command line in a new file; None if no directory would take it."""
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    text = (f"kinema {' '.join(argv)}\n\n"
            + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    for d in log_dirs():
        try:
            d.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f"crash-{stamp}-", suffix=".log", dir=d)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            return Path(name)
        except OSError:
            continue
    return None


def _first_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[0] if lines else ""


def os_message(e: OSError) -> str:
    """'path: reason' for an OSError, on one line."""
    reason = e.strerror or _first_line(str(e)) or type(e).__name__
    where = e.filename if e.filename is not None else ""
    return f"{where}: {reason}" if where else reason


def handle(exc: Exception, argv: list[str]) -> typer.Exit:
    """Print one line for `exc` and return the Exit to raise."""
    from kinema.cli_control import say

    if isinstance(exc, KinemaError):
        say(f"error: {_first_line(str(exc))}")
        return typer.Exit(code=exc.exit_code)
    if isinstance(exc, OSError):
        say(f"error: {os_message(exc)}")
        return typer.Exit(code=2)
    log = write_log(exc, argv)
    where = f"the traceback is in {log}" if log is not None else "no crash log could be written"
    say(f"internal error: {type(exc).__name__}: {_first_line(str(exc))[:200]} (a bug in kinema; {where})")
    return typer.Exit(code=1)


class GuardedGroup(TyperGroup):
    """The app's command group: every command runs inside `handle`."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        ctx.meta["kinema.argv"] = list(args)  # for the crash log, in process as from a shell
        rest: list[str] = super().parse_args(ctx, args)
        return rest

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except _PASS:
            raise
        except Exception as e:  # the last line of defence: nothing escapes as a traceback
            raise handle(e, ctx.meta.get("kinema.argv", sys.argv[1:])) from None
