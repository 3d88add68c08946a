"""`--executor ray` on a private Ray head on loopback: the same bytes as the local executor, a
shot whose worker is killed mid-render run again, segments cached by the film's process, shots
counted by the progress bar; and without the extra, a message and exit code 2."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import decode, run_cli, tiny_film
from ray_cluster import Head, ray_head

from kinema.cache import Store
from kinema.errors import KinemaError
from kinema.film.job import Progress
from kinema.film.render import render
from kinema.screenplay.model import Screenplay, Shot


def six_shots() -> dict[str, Any]:
    """Two scenes of three shots: a walk, a dissolve inside a scene and one across, a fade."""
    film = tiny_film()
    film["format"] = {"width": 200, "height": 112, "fps": 12}
    shot = {"duration": 1.5, "subjects": ["wolf"]}
    film["scenes"] = [
        {"id": "s1", "setting": {"place": "plain", "time": "day"},
         "actions": [{"at": 0, "who": "wolf", "do": "walk", "speed": 1.5}],
         "shots": [{**shot, "id": "a", "size": "wide"},
                   {**shot, "id": "b", "size": "full", "move": "push-in", "transition": "dissolve"},
                   {**shot, "id": "c", "size": "medium", "move": "pan"}]},
        {"id": "s2", "setting": {"place": "mountains", "time": "night"},
         "actions": [{"at": 0, "who": "wolf", "do": "howl"}],
         "shots": [{**shot, "id": "d", "size": "close-up", "transition": "dissolve"},
                   {**shot, "id": "e", "size": "wide", "transition": "fade"},
                   {**shot, "id": "f", "size": "full", "move": "pull-out"}]},
    ]
    return film


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def film(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The 6-shot screenplay and the digest of its MP4 from the local executor."""
    d = tmp_path_factory.mktemp("ray_film")
    path = d / "six.yaml"
    path.write_text(yaml.safe_dump(six_shots(), allow_unicode=True), encoding="utf-8")
    done = render(Screenplay.model_validate(six_shots()), d / "local.mp4")
    assert done.frames == 6 * 18
    return path, _sha(d / "local.mp4")


needs_ray = pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="the ray extra is not installed")


@pytest.fixture(scope="module")
def head() -> Iterator[Head]:
    """Started before this process imports Ray: Ray reads its token settings once, at import."""
    if importlib.util.find_spec("ray") is None:
        pytest.skip("the ray extra is not installed")
    with ray_head(cpus=2) as h:
        yield h


class Counts(Progress):
    def __init__(self) -> None:
        self.shots: list[tuple[int, str]] = []
        self.done = 0

    def shot(self, index: int, total: int, shot: Shot, frames: int) -> None:
        self.shots.append((index, shot.id))

    def frame(self) -> None:
        self.done += 1


def test_a_film_on_ray_is_the_local_films_bytes_and_fills_the_cache(head: Head, film: tuple[Path, str],
                                                                      tmp_path: Path) -> None:
    from kinema.film.ray_executor import RayExecutor

    play = Screenplay.model_validate(six_shots())
    exe = RayExecutor(head.address)
    try:
        counts = Counts()
        cold = render(play, tmp_path / "cold.mp4", Store(tmp_path / "cache"), progress=counts, executor=exe)
        warm = render(play, tmp_path / "warm.mp4", Store(tmp_path / "cache"), executor=exe)
        bare = render(play, tmp_path / "bare.mp4", executor=exe)  # no cache: the bytes come back
        assert bare.rendered == cold.rendered
    finally:
        exe.close()
    assert counts.shots == [(0, "a"), (1, "b"), (2, "c"), (3, "d"), (4, "e"), (5, "f")]
    assert counts.done == 6 * 18
    assert cold.rendered == ("a", "b", "c", "d", "e", "f") and warm.reused == cold.rendered
    assert {_sha(tmp_path / f"{n}.mp4") for n in ("cold", "warm", "bare")} == {film[1]}
    assert len(list((tmp_path / "cache").glob("*/*/*/segment.mp4"))) == 6  # written by this process


def test_a_film_through_the_ray_client_is_the_local_films_bytes(head: Head, film: tuple[Path, str],
                                                               tmp_path: Path) -> None:
    """`--address ray://HOST:PORT`: the driver is a Ray client of the cluster (its workers cannot
    see this process's disk, so the segments come back through the object store)."""
    out = tmp_path / "client.mp4"
    r = run_cli("render", str(film[0]), "-o", str(out), "--executor", "ray", "--address", head.client,
                "--cache", str(tmp_path / "cache"), "--quiet")
    assert r.returncode == 0, r.stderr[-2000:]
    assert _sha(out) == film[1]
    assert len(list((tmp_path / "cache").glob("*/*/*/segment.mp4"))) == 6  # written by the film's process


def test_killing_a_worker_mid_render_still_finishes_the_film(head: Head, film: tuple[Path, str],
                                                             tmp_path: Path) -> None:
    out = tmp_path / "killed.mp4"
    proc = subprocess.Popen([sys.executable, "-m", "kinema", "render", str(film[0]), "-o", str(out),
                             "--executor", "ray", "--address", head.address, "--no-cache", "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed: int | None = None
    deadline = time.monotonic() + 300
    while proc.poll() is None and killed is None and time.monotonic() < deadline:
        busy = head.workers()
        if busy:
            time.sleep(0.2)
            if busy[0] in head.workers():  # still drawing its shot
                os.kill(busy[0], signal.SIGKILL)
                killed = busy[0]
        time.sleep(0.05)
    out_s, err_s = proc.communicate(timeout=600)
    assert killed is not None, "no shot task was seen running"
    assert proc.returncode == 0, err_s
    assert json.loads(out_s)["shots"] == 6  # Ray's own messages kept off stdout
    assert _sha(out) == film[1]


def test_a_neural_backend_needs_a_gpu_in_the_cluster(head: Head) -> None:
    from kinema.film.ray_executor import RayExecutor

    exe = RayExecutor(head.address, neural=("wan", "/models/wan", None, False, False, "auto"))
    try:
        with pytest.raises(KinemaError, match="the cluster has no GPU for the wan backend"):
            exe.slots()
    finally:
        exe.close()


@needs_ray
def test_a_neural_backend_is_built_in_a_gpu_worker(film: tuple[Path, str], tmp_path: Path) -> None:
    """A tiny random model on the CPU, in a worker holding the cluster's one (declared) GPU."""
    from kinema.neural.base import missing_packages

    if missing_packages():
        pytest.skip("the neural extra is not installed")
    from kinema.neural.tiny import save_tiny

    model = save_tiny("wan-vace", tmp_path / "wan-vace")
    screenplay = tmp_path / "neural.yaml"
    screenplay.write_text(yaml.safe_dump(tiny_film(format={"width": 32, "height": 32, "fps": 12})),
                          encoding="utf-8")
    out = tmp_path / "neural.mp4"
    with ray_head(cpus=2, gpus=1) as gpu_head:
        proc = run_cli("render", str(screenplay), "-o", str(out), "--backend", "wan-vace", "--model",
                       str(model), "--steps", "2", "--device", "cpu", "--executor", "ray",
                       "--address", gpu_head.address)
    assert proc.returncode == 0, proc.stderr
    assert "rendered with the wan-vace backend" in proc.stderr
    frames = list(decode(out))
    assert len(frames) == 24 and frames[0].shape == (32, 32, 3)


def test_without_the_extra_ray_says_how_to_install_it(film: tuple[Path, str], tmp_path: Path) -> None:
    hide = tmp_path / "no_ray"
    hide.mkdir()
    (hide / "ray.py").write_text("raise ImportError('No module named ray')\n", encoding="utf-8")
    out = tmp_path / "x.mp4"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(hide), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-m", "kinema", "render", str(film[0]), "-o", str(out),
                           "--executor", "ray"], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 2
    assert "pip install 'kinema[ray]'" in proc.stderr
    assert not out.exists() and not list(tmp_path.glob("*.part*"))


def test_address_is_for_ray_only(film: tuple[Path, str], tmp_path: Path) -> None:
    proc = run_cli("render", str(film[0]), "-o", str(tmp_path / "x.mp4"), "--address", "auto")
    assert proc.returncode == 2
    assert "--address: only for --executor ray" in proc.stderr


def test_a_batch_on_ray_makes_the_local_batchs_films(head: Head, tmp_path: Path) -> None:
    from test_batch import _batch, digests

    (tmp_path / "ray").mkdir()
    rc, err, rows = _batch(tmp_path / "ray", "--executor", "ray", "--address", head.address)
    assert rc == 2, err
    assert [r["error"] is None for r in rows] == [True, True, False, True, True]
    (tmp_path / "local").mkdir()
    _batch(tmp_path / "local")
    on_ray = digests(tmp_path / "ray" / "films")
    assert len(on_ray) == 12 and on_ray == digests(tmp_path / "local" / "films")


@needs_ray
def test_a_local_ray_from_a_path_with_a_space_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ray 2.60 launches its processes through a shell without quoting the interpreter's path."""
    from kinema.film.ray_executor import RayExecutor

    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    monkeypatch.setattr(sys, "executable", "/tmp/fresh clone/kinema/.venv/bin/python")
    exe = RayExecutor(None)
    with pytest.raises(KinemaError, match="path with a space in it"):
        exe.slots()
    assert not exe.ray.is_initialized()


def test_a_ray_servers_failure_is_told_by_its_cause() -> None:
    """A Ray client's init failure arrives as a header over the server's traceback: the message
    keeps the header and the traceback's last line (CI once printed only an empty header)."""
    from kinema.film.ray_executor import _gist

    err = ConnectionAbortedError("Initialization failure from server:\nTraceback (most recent call last):\n"
                                 "  File \"proxier.py\", line 780\n"
                                 "RuntimeError: Proxy failed to Connect to backend!\n")
    assert _gist(err) == "Initialization failure from server: RuntimeError: Proxy failed to Connect to backend!"
    assert _gist(ConnectionError("refused")) == "refused"
    assert _gist(TimeoutError()) == "TimeoutError"
