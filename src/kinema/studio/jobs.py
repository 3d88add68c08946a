"""The render worker: its own process, taking queued jobs from the job table one at a time.

A render runs outside the server so that it never blocks the event loop, and so that a
`kill -9` of either leaves only what the job table says: a job is `running` with the pid of
its worker until it is `done` (its MP4 already renamed into place by the remuxer) or `failed`
with the reason. On start the server calls `recover`: a running job whose worker is gone is
queued again (shots already drawn come back from the shot cache), or failed after MAX_ATTEMPTS.

Run as `python -m kinema.studio.jobs DATA_DIR PARENT_PID`.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sqlite3
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from kinema.film.job import Progress
from kinema.screenplay.model import Screenplay, Shot
from kinema.studio import db

MAX_ATTEMPTS = 3  # a job interrupted this often is failed, not run again
POLL_S = 0.15
WRITE_EVERY_S = 0.2  # progress is written at most this often (and at every shot)
WORKER_MODULE = "kinema.studio.jobs"
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def shot_rows(play: Screenplay) -> list[dict[str, Any]]:
    """The per-shot progress a new job starts with."""
    fps = play.format.fps
    return [{"id": s.id, "state": "queued", "frames": round(s.duration * fps), "done": 0}
            for sc in play.scenes for s in sc.shots]


class JobProgress(Progress):
    """The renderer's callbacks written into the job's row: which shot, how far, reused or drawn.
    A shot reused from the cache reports its frames all at once before any is drawn."""

    def __init__(self, con: sqlite3.Connection, job_id: str, shots: list[dict[str, Any]], parent: int) -> None:
        self.con, self.job_id, self.shots, self.parent = con, job_id, shots, parent
        self.total = max(1, sum(s["frames"] for s in shots))
        self.current: dict[str, Any] | None = None
        self.last_write = 0.0

    def _finish_current(self) -> None:
        if self.current is not None and self.current["state"] == "drawing":
            self.current["state"] = "rendered"

    def shot(self, index: int, total: int, shot: Shot, frames: int) -> None:
        self._finish_current()
        self.current = self.shots[index]
        self.current.update(state="drawing", frames=frames, done=0)
        self.write(force=True)

    def frame(self) -> None:
        if self.current is not None:
            self.current["done"] += 1
        self.write()

    def frames(self, n: int) -> None:
        if self.current is not None and self.current["done"] == 0:
            self.current["state"] = "reused"
            self.current["done"] = n
            self.write(force=True)
        else:
            for _ in range(n):
                self.frame()

    def write(self, force: bool = False) -> None:
        if os.getppid() != self.parent:  # the server is gone: stop; its successor resumes the job
            os._exit(3)
        now = time.monotonic()
        if not force and now - self.last_write < WRITE_EVERY_S:
            return
        self.last_write = now
        done = sum(s["done"] for s in self.shots)
        db.update(self.con, self.job_id, progress=min(0.99, done / self.total), shots=self.shots)

    def final(self) -> list[dict[str, Any]]:
        self._finish_current()
        return self.shots


def render_path(data: Path, film_id: str, job_id: str) -> Path:
    return data / "renders" / film_id / f"{job_id}.mp4"


def film_dir(data: Path, film_id: str) -> Path:
    """Where a film's own files live (uploaded images): the base of its screenplay's asset paths."""
    return data / "films" / film_id


def run(con: sqlite3.Connection, data: Path, job: db.Job, parent: int) -> None:
    from kinema.cache.store import Store
    from kinema.film.render import render

    row = db.version(con, job.film_id, job.version)
    if row is None:
        db.update(con, job.id, state="failed", error=f"version {job.version} of film {job.film_id} is gone")
        return
    play = Screenplay.model_validate_json(row["screenplay"])
    out = render_path(data, job.film_id, job.id)
    out.parent.mkdir(parents=True, exist_ok=True)
    shots = shot_rows(play)
    prog = JobProgress(con, job.id, shots, parent)
    base = film_dir(data, job.film_id)
    base.mkdir(parents=True, exist_ok=True)
    try:
        result = render(play, out, Store(data / "cache"), None, prog, base, "film.yaml")
    except Exception as e:  # the reason goes to the job, for the page and the API
        traceback.print_exc(file=sys.stderr)
        db.update(con, job.id, state="failed", error=f"{type(e).__name__}: {e}", shots=prog.final())
        return
    db.update(con, job.id, state="done", progress=1.0, output=str(out), shots=prog.final(),
              shots_reused=list(result.reused), shots_rendered=list(result.rendered), error=None)


def alive(pid: int | None) -> bool:
    if pid is None or pid <= 0:
        return False
    try:
        with open(f"/proc/{pid}/status") as f:
            if any(line.startswith("State:") and "Z" in line.split()[1] for line in f):
                return False  # a zombie is gone for our purposes
        os.kill(pid, 0)
    except (OSError, ValueError):
        return False
    return True


def _is_worker(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return WORKER_MODULE.encode() in f.read()
    except OSError:
        return False


def recover(con: sqlite3.Connection, keep: frozenset[int] = frozenset()) -> list[str]:
    """Jobs left `running` by a worker that is gone: queued again, or failed with the reason.
    Jobs of the workers in `keep` (this server's, alive) are left alone; a stale worker of ours
    still running (its server killed) is stopped first."""
    lines = []
    with db.transaction(con):
        rows = con.execute("SELECT * FROM jobs WHERE state = 'running'").fetchall()
        for row in rows:
            job = db.Job.of(row)
            if job.worker_pid in keep and alive(job.worker_pid):
                continue
            if alive(job.worker_pid) and job.worker_pid is not None and _is_worker(job.worker_pid):
                os.kill(job.worker_pid, signal.SIGKILL)
            if job.attempts >= MAX_ATTEMPTS:
                db.update(con, job.id, state="failed", worker_pid=None,
                          error=f"the render was interrupted {job.attempts} times (its worker or the server "
                                f"stopped during it); not tried again")
                lines.append(f"job {job.id}: failed after {job.attempts} interrupted attempts")
            else:
                db.update(con, job.id, state="queued", worker_pid=None, progress=0.0,
                          shots=[{**s, "state": "queued", "done": 0} for s in job.shots])
                lines.append(f"job {job.id}: interrupted; queued again")
    return lines


def start_worker(data: Path) -> subprocess.Popen[bytes]:
    """The worker process for `data`; it stops by itself when this process is gone."""
    return subprocess.Popen([sys.executable, "-m", WORKER_MODULE, str(data), str(os.getpid())])


def _die_with_parent() -> None:
    """Linux: the kernel sends this process SIGKILL the moment its server dies (PR_SET_PDEATHSIG),
    so a `kill -9` of the server stops the render at once; elsewhere the progress callbacks'
    parent check does it at the next frame."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def main(argv: list[str]) -> int:
    data, parent = Path(argv[0]), int(argv[1])
    _die_with_parent()
    if os.getppid() != parent:  # the server died before the line above took effect
        return 0
    con = db.connect(data / "studio.db")
    while os.getppid() == parent:
        job = db.claim(con, os.getpid())
        if job is None:
            time.sleep(POLL_S)
            continue
        run(con, data, job, parent)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
