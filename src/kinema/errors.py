"""Errors a user can act on. The CLI prints them without a traceback and exits with 2."""

from __future__ import annotations


class KinemaError(Exception):
    """Bad input: names the file, the field path and what was expected."""

    exit_code = 2


class ScreenplayError(KinemaError):
    def __init__(self, source: str, path: str, message: str, line: int | None = None) -> None:
        self.source, self.path, self.message, self.line = source, path, message, line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {path}: {message}" if path else f"{where}: {message}")


class OutputError(KinemaError):
    pass


class AssetError(KinemaError):
    pass


class InputError(KinemaError):
    """A file the user named cannot be used: missing, a directory or device, too large, unreadable."""
