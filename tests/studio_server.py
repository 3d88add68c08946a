"""A studio server started as its own process (`python -m kinema studio`), for the tests that
need a real one: kill -9 (test_studio_durability) and the browser (test_studio_browser)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, data: Path) -> None:
        self.data, self.port = data, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([sys.executable, "-m", "kinema", "studio", "--port", str(self.port),
                                      "--data", str(data)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        end = time.monotonic() + 120  # imports on a loaded 2-core machine take a while
        while time.monotonic() < end:
            try:
                if httpx.get(f"{self.url}/api/health", timeout=2).json()["worker"]:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise AssertionError("the studio did not start in 120 s")

    def get(self, path: str, **kw: Any) -> httpx.Response:
        return httpx.get(self.url + path, timeout=60, **kw)

    def post(self, path: str, **kw: Any) -> httpx.Response:
        return httpx.post(self.url + path, timeout=60, **kw)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(20)
