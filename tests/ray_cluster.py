"""A private Ray head on loopback for the tests: its own temp dir and free ports, stopped at the
end (even on failure) by signalling the `ray start --block` process this module started."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

RAY = Path(sys.executable).parent / "ray"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Head:
    address: str
    temp_dir: Path
    proc: subprocess.Popen[str]
    client: str = ""  # ray://HOST:PORT of its Ray client server

    def workers(self, title: str = "ray::kinema_shot") -> list[int]:
        """Pids of this cluster's workers whose process title is `title` (a shot task running):
        children of its raylet, the process whose command line names the cluster's temp dir."""
        ours = set(self.processes())
        pids = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                cmd = (entry / "cmdline").read_bytes().split(b"\0")[0].decode(errors="replace")
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if cmd == title and ppid in ours:
                pids.append(int(entry.name))
        return sorted(pids)

    @staticmethod
    def _cmdline(entry: Path) -> bytes:
        try:
            return (entry / "cmdline").read_bytes()
        except OSError:
            return b""

    def processes(self) -> list[int]:
        """Every process of this cluster: the ones whose command line names its temp dir."""
        out = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit() and int(entry.name) != self.proc.pid \
                    and str(self.temp_dir).encode() in self._cmdline(entry):
                out.append(int(entry.name))
        return out


@contextlib.contextmanager
def ray_head(cpus: int = 2, gpus: int = 0) -> Iterator[Head]:
    """`gpus`: GPUs the head declares (a Ray resource; none need exist for a CPU-only model).

    Skips when this interpreter's path holds a space: Ray 2.60 starts its processes through a
    shell without quoting it, and its client server dies (kinema's own message says so too)."""
    import pytest

    if any(ch.isspace() for ch in sys.executable):
        pytest.skip(f"Ray cannot start from a path with a space ({sys.executable!r})")
    temp = Path(tempfile.mkdtemp(prefix="kray", dir="/tmp"))  # short: Ray's socket paths have a limit
    port = free_port()
    ports = {"--port": port, "--node-manager-port": free_port(), "--object-manager-port": free_port(),
             "--dashboard-agent-listen-port": free_port(), "--dashboard-agent-grpc-port": free_port(),
             "--runtime-env-agent-port": free_port(), "--metrics-export-port": free_port(),
             "--ray-client-server-port": free_port()}
    cmd = [str(RAY), "start", "--head", "--block", "--num-cpus", str(cpus), "--disable-usage-stats",
           "--include-dashboard", "false", "--node-ip-address", "127.0.0.1", "--temp-dir", str(temp),
           "--min-worker-port", "0", "--max-worker-port", "0", "--num-gpus", str(gpus)]
    for k, v in ports.items():
        cmd += [k, str(v)]
    # Token authentication, with a token of its own: Ray turns it on for `ray start` wherever
    # ~/.ray/auth_token exists, and a driver given an address must then be told (RAY_AUTH_MODE).
    # This process and the ones it starts carry the token while the head lives.
    # The client server gives a client's own server 30 s to come up by default: too short on a CI
    # machine running the rest of the suite on every core (CI once failed on it).
    auth = {"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32), "RAY_USAGE_STATS_ENABLED": "0",
            "RAY_CLIENT_SERVER_CHECK_CHANNEL_TIMEOUT_S": "180"}
    saved = {k: os.environ.get(k) for k in auth}
    os.environ.update(auth)
    env = dict(os.environ)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
                            start_new_session=True)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if "Ray runtime started" in line:
                ready.set()

    threading.Thread(target=read, daemon=True).start()
    head = Head(f"127.0.0.1:{port}", temp, proc, f"ray://127.0.0.1:{ports['--ray-client-server-port']}")
    try:
        deadline = time.monotonic() + 120
        while not ready.wait(0.2):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("ray start failed:\n" + "".join(lines[-30:]))
        yield head
    finally:
        _stop(head)
        shutil.rmtree(temp, ignore_errors=True)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _stop(head: Head) -> None:
    """SIGTERM to `ray start --block` tears its cluster down; whatever outlives it is killed by pid."""
    if head.proc.poll() is None:
        head.proc.send_signal(signal.SIGTERM)
        try:
            head.proc.wait(60)
        except subprocess.TimeoutExpired:
            head.proc.kill()
            head.proc.wait(10)
    deadline = time.monotonic() + 10
    while head.processes() and time.monotonic() < deadline:
        time.sleep(0.5)
    for pid in head.processes():
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
