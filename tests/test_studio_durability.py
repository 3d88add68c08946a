"""The studio survives `kill -9`: the server is started as a process, a render begins, the
server (or its worker) is killed, and after a restart the job ends done, or failed with the
reason, and no partial file is ever served as the film."""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import av
import pytest
from fastapi.testclient import TestClient
from studio_server import Server

from kinema.studio.app import create_app
from kinema.studio.jobs import alive

PROMPT = "A fox runs across a meadow. Start with a wide shot, then cut to a close-up of the fox."
# Big enough that the render is still drawing when it is killed, small enough to finish in seconds.
FILM = {"prompt": PROMPT, "duration": 12, "resolution": "320x180", "fps": 12}


@pytest.fixture
def servers() -> Iterator[list[Server]]:
    started: list[Server] = []
    yield started
    for s in started:
        s.stop()


def job_row(data: Path, job_id: str) -> sqlite3.Row:
    con = sqlite3.connect(data / "studio.db")
    con.row_factory = sqlite3.Row
    row = con.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
    con.close()
    return row


def render_caught_drawing(server: Server) -> tuple[dict[str, Any], str]:
    """A film whose render is caught early, drawing. On a machine so loaded that a render
    ends before a poll sees it drawing, another film (another seed) is tried."""
    for seed in range(4):
        film = server.post("/api/films", json={**FILM, "seed": seed}).json()
        job_id = server.post(f"/api/films/{film['id']}/renders", json={}).json()["job_id"]
        end = time.monotonic() + 120  # a loaded machine starts workers slowly
        while time.monotonic() < end:
            j = server.get(f"/api/jobs/{job_id}").json()
            if j["state"] == "running" and 0.02 < j["progress"] < 0.5:  # early in the render
                return film, job_id
            if j["state"] in ("done", "failed"):
                break
            time.sleep(0.02)
    raise AssertionError("no render was caught drawing")


def no_partial_served(server: Server, film_id: str, job_id: str) -> None:
    """Until the job is done its video is a 404, never the bytes of an unfinished file."""
    while True:
        r = server.get(f"/api/films/{film_id}/video", params={"job": job_id})
        j = server.get(f"/api/jobs/{job_id}").json()  # asked after: a video served means done by now
        if r.status_code == 200:
            assert j["state"] == "done", j
        else:
            assert r.status_code == 404
        if j["state"] in ("done", "failed"):
            return
        time.sleep(0.1)


def full_film(mp4: bytes) -> int:
    with av.open(io.BytesIO(mp4)) as c:
        return sum(1 for _ in c.decode(video=0))


def test_kill_9_of_the_server_mid_render(tmp_path: Path, servers: list[Server]) -> None:
    first = Server(tmp_path)
    servers.append(first)
    film, job_id = render_caught_drawing(first)
    worker = job_row(tmp_path, job_id)["worker_pid"]
    os.kill(first.proc.pid, signal.SIGKILL)
    first.proc.wait()
    assert job_row(tmp_path, job_id)["state"] == "running"  # the table still says so: nothing is lost
    out = tmp_path / "renders" / film["id"] / f"{job_id}.mp4"
    assert not out.exists()  # only a part file, under another name, was being written
    end = time.monotonic() + 10  # the orphaned worker is stopped with its server (PR_SET_PDEATHSIG)
    while alive(worker) and time.monotonic() < end:
        time.sleep(0.1)
    assert not alive(worker)

    second = Server(tmp_path)
    servers.append(second)
    no_partial_served(second, film["id"], job_id)
    j = second.get(f"/api/jobs/{job_id}").json()
    assert j["state"] == "done", j
    assert job_row(tmp_path, job_id)["attempts"] == 2
    video = second.get(f"/api/films/{film['id']}/video", params={"job": job_id})
    assert video.status_code == 200
    assert full_film(video.content) == sum(s["frames"] for s in j["shots"])
    # Shots finished before the kill came back from the shot cache.
    assert set(j["shots_reused"]) | set(j["shots_rendered"]) == {s["id"] for s in j["shots"]}
    assert not [p.name for p in out.parent.iterdir() if ".part" in p.name]


def test_kill_9_of_the_worker_mid_render(tmp_path: Path, servers: list[Server]) -> None:
    server = Server(tmp_path)
    servers.append(server)
    film, job_id = render_caught_drawing(server)
    os.kill(job_row(tmp_path, job_id)["worker_pid"], signal.SIGKILL)
    no_partial_served(server, film["id"], job_id)
    assert server.get(f"/api/jobs/{job_id}").json()["state"] == "done"
    frames = sum(s["frames"] for s in server.get(f"/api/jobs/{job_id}").json()["shots"])
    assert full_film(server.get(f"/api/films/{film['id']}/video").content) == frames


def test_a_job_interrupted_too_often_fails_with_the_reason(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path, workers=0)) as c:
        film = c.post("/api/films", json={**FILM, "resolution": "160x90"}).json()
        job_id = c.post(f"/api/films/{film['id']}/renders", json={}).json()["job_id"]
    con = sqlite3.connect(tmp_path / "studio.db")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    with con:
        con.execute("UPDATE jobs SET state = 'running', worker_pid = ?, attempts = 3 WHERE id = ?",
                    (dead.pid, job_id))
    con.close()
    with TestClient(create_app(tmp_path, workers=0)) as c:
        j = c.get(f"/api/jobs/{job_id}").json()
        assert j["state"] == "failed" and "interrupted 3 times" in j["error"]
        assert c.get(f"/api/films/{film['id']}/video").status_code == 404
