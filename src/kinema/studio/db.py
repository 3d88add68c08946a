"""The studio's SQLite store: films, their versions (each a whole screenplay) and render jobs.

WAL mode, so the render worker (another process) writes progress while the server reads it.
The job table is the truth: a render's state, progress and output live only there.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS films (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created REAL NOT NULL,
    version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS versions (
    film_id TEXT NOT NULL REFERENCES films(id),
    n INTEGER NOT NULL,
    screenplay TEXT NOT NULL,  -- JSON of the validated screenplay
    note TEXT NOT NULL,        -- what changed, in words
    created REAL NOT NULL,
    PRIMARY KEY (film_id, n)
);
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    film_id TEXT NOT NULL REFERENCES films(id),
    version INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
    progress REAL NOT NULL DEFAULT 0,
    shots TEXT NOT NULL DEFAULT '[]',           -- [{id, state, frames, done}] per shot
    shots_reused TEXT NOT NULL DEFAULT '[]',
    shots_rendered TEXT NOT NULL DEFAULT '[]',
    error TEXT,
    output TEXT,                                -- the finished MP4, set only when done
    worker_pid INTEGER,
    client TEXT NOT NULL DEFAULT '',            -- who asked (address): renders are capped per client
    attempts INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_state ON jobs(state, created);
"""


def connect(path: Path) -> sqlite3.Connection:
    """A connection in WAL mode; autocommit, with explicit transactions where they matter."""
    con = sqlite3.connect(str(path), timeout=30.0, isolation_level=None, check_same_thread=False)
    con.row_factory = sqlite3.Row
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA foreign_keys=ON")
    con.executescript(SCHEMA)
    return con


@contextmanager
def transaction(con: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE: the write lock up front, so two writers never interleave a read-modify-write."""
    con.execute("BEGIN IMMEDIATE")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def new_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class Job:
    id: str
    film_id: str
    version: int
    state: str
    progress: float
    shots: list[dict[str, Any]]
    shots_reused: list[str]
    shots_rendered: list[str]
    error: str | None
    output: str | None
    worker_pid: int | None
    attempts: int

    @classmethod
    def of(cls, row: sqlite3.Row) -> Job:
        return cls(row["id"], row["film_id"], row["version"], row["state"], row["progress"],
                   json.loads(row["shots"]), json.loads(row["shots_reused"]),
                   json.loads(row["shots_rendered"]), row["error"], row["output"], row["worker_pid"],
                   row["attempts"])

    def public(self) -> dict[str, Any]:
        return {"id": self.id, "film_id": self.film_id, "version": self.version, "state": self.state,
                "progress": round(self.progress, 4), "shots": self.shots, "shots_reused": self.shots_reused,
                "shots_rendered": self.shots_rendered, "error": self.error}


def job(con: sqlite3.Connection, job_id: str) -> Job | None:
    row = con.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
    return Job.of(row) if row is not None else None


def film_jobs(con: sqlite3.Connection, film_id: str) -> list[Job]:
    rows = con.execute("SELECT * FROM jobs WHERE film_id = ? ORDER BY created, id", (film_id,)).fetchall()
    return [Job.of(r) for r in rows]


def add_film(con: sqlite3.Connection, title: str, screenplay: str, note: str) -> str:
    film_id, now = new_id(), time.time()
    with transaction(con):
        con.execute("INSERT INTO films (id, title, created, version) VALUES (?, ?, ?, 1)",
                    (film_id, title, now))
        con.execute("INSERT INTO versions (film_id, n, screenplay, note, created) VALUES (?, 1, ?, ?, ?)",
                    (film_id, screenplay, note, now))
    return film_id


def add_version(con: sqlite3.Connection, film_id: str, screenplay: str, note: str, title: str) -> int:
    with transaction(con):
        row = con.execute("SELECT MAX(n) FROM versions WHERE film_id = ?", (film_id,)).fetchone()
        n = int(row[0]) + 1
        con.execute("INSERT INTO versions (film_id, n, screenplay, note, created) VALUES (?, ?, ?, ?, ?)",
                    (film_id, n, screenplay, note, time.time()))
        con.execute("UPDATE films SET version = ?, title = ? WHERE id = ?", (n, title, film_id))
    return n


def film(con: sqlite3.Connection, film_id: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = con.execute("SELECT * FROM films WHERE id = ?", (film_id,)).fetchone()
    return row


def version(con: sqlite3.Connection, film_id: str, n: int) -> sqlite3.Row | None:
    row: sqlite3.Row | None = con.execute("SELECT * FROM versions WHERE film_id = ? AND n = ?",
                                          (film_id, n)).fetchone()
    return row


def add_job(con: sqlite3.Connection, film_id: str, n: int, shots: list[dict[str, Any]],
            client: str = "") -> str:
    job_id, now = new_id(), time.time()
    con.execute("INSERT INTO jobs (id, film_id, version, state, shots, client, created, updated) "
                "VALUES (?, ?, ?, 'queued', ?, ?, ?, ?)",
                (job_id, film_id, n, json.dumps(shots), client, now, now))
    return job_id


def waiting_for(con: sqlite3.Connection, client: str) -> int:
    """The client's renders queued or running."""
    return int(con.execute("SELECT COUNT(*) FROM jobs WHERE client = ? AND state IN ('queued', 'running')",
                           (client,)).fetchone()[0])


def claim(con: sqlite3.Connection, pid: int) -> Job | None:
    """The next queued job, now running in worker `pid`; None when none waits. Fair between films:
    a film with fewer renders running goes first, then the oldest job."""
    with transaction(con):
        row = con.execute("SELECT id FROM jobs AS j WHERE state = 'queued' ORDER BY (SELECT COUNT(*) "
                          "FROM jobs AS r WHERE r.film_id = j.film_id AND r.state = 'running'), created, rowid "
                          "LIMIT 1").fetchone()
        if row is None:
            return None
        con.execute("UPDATE jobs SET state = 'running', worker_pid = ?, attempts = attempts + 1, "
                    "updated = ? WHERE id = ?", (pid, time.time(), row["id"]))
    return job(con, row["id"])


def update(con: sqlite3.Connection, job_id: str, **fields: Any) -> None:
    cols = dict(fields)
    for k in ("shots", "shots_reused", "shots_rendered"):
        if k in cols:
            cols[k] = json.dumps(cols[k])
    cols["updated"] = time.time()
    sets = ", ".join(f"{k} = ?" for k in cols)
    con.execute(f"UPDATE jobs SET {sets} WHERE id = ?", (*cols.values(), job_id))
