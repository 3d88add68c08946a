"""Shot work on a Ray cluster (`--executor ray`, the optional `kinema[ray]` extra).

Each shot job is one Ray task: one CPU for the vector renderer, one GPU for a neural
backend. A task carries plain data (the screenplay and the shot's index, see `ShotTask`),
rebuilds its take on whichever node runs it, and returns the encoded segment through the
object store; the film's process writes it into its own shot cache, so no node needs to see
the driver's disk. A task whose worker dies (killed, out of memory, node lost) is run again
by Ray; the segment's bytes do not depend on which worker drew it.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from kinema.errors import KinemaError

T = TypeVar("T")
R = TypeVar("R")

INSTALL = "pip install 'kinema[ray]'"
CLIENT_TRIES = 2  # ray.init through the Ray client, when the head's client server was slow
RETRIES = 3  # runs of a task after its worker died, before the film fails

# A neural backend to build in each worker: (name, model, steps, cpu_offload, vae_tiling, device),
# the options of `kinema render`. Built once per worker process, on that node's GPU.
NeuralSpec = tuple[str, str, int | None, bool, bool, str]


class RayMissing(KinemaError):
    """The extra is not installed: say how to install it (exit code 2)."""


def import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise RayMissing(f"--executor ray needs Ray, which is not installed: {INSTALL} "
                         f"(or pip install 'ray[client]>=2.60' into kinema's environment)") from None
    return ray


class RemoteBackend:
    """Stands in the film's process for a neural backend that only the cluster's GPU workers
    load; it names the backend (no shot cache, a note) and never draws here."""

    def __init__(self, spec: NeuralSpec) -> None:
        self.spec = spec
        self.name = spec[0]

    def render_shot(self, job: Any) -> Iterator[Any]:
        raise KinemaError(f"the {self.name} backend draws on the Ray cluster, not in this process")


_BACKENDS: dict[NeuralSpec, Any] = {}


def _run(fn: Callable[[Any], Any], task: Any, neural: NeuralSpec | None) -> Any:
    """One shot job inside a Ray worker: the neural backend (loaded once per worker) joins the task."""
    if neural is not None:
        if neural not in _BACKENDS:
            from pathlib import Path

            from kinema.neural.command import backend_from_options

            name, model, steps, offload, tiling, device = neural
            _BACKENDS.clear()  # one model in GPU memory at a time
            _BACKENDS[neural] = backend_from_options(name, Path(model), steps, offload, tiling, device)
        task.backend = _BACKENDS[neural]
    return fn(task)


def spaced_install(ray: Any) -> str | None:
    """The interpreter's or Ray's path when it holds whitespace: Ray's process launcher passes
    them unquoted through a shell (its client server then fails with exit code 127)."""
    for path in (sys.executable, os.path.dirname(ray.__file__)):
        if any(ch.isspace() for ch in path):
            return path
    return None


def _gist(e: BaseException) -> str:
    """The line of a Ray error that says what went wrong: a server's failure arrives as a header
    and a traceback, whose last line names the cause."""
    lines = [ln.strip() for ln in str(e).splitlines() if ln.strip()]
    if not lines:
        return type(e).__name__
    return lines[0] if len(lines) == 1 else f"{lines[0]} {lines[-1]}"


class RayExecutor:
    """Shot jobs as Ray tasks, results in film order, at most two per worker slot in flight.

    `address`: None starts a Ray on this machine for the run (or joins `RAY_ADDRESS`); `auto`
    joins the cluster this node belongs to; `HOST:PORT` its head; `ray://HOST:10001` through
    the Ray client.
    """

    name = "ray"
    local = False
    shares_files = False  # segments come back through the object store; the driver caches them
    remote_backends = True  # a neural backend is built in the workers (see NeuralSpec)

    def __init__(self, address: str | None = None, neural: NeuralSpec | None = None,
                 retries: int = RETRIES, cpus: int | None = None) -> None:
        self.ray = import_ray()
        self.address = address
        self.neural = neural
        self.retries = retries
        self.cpus = cpus  # only when this run starts its own Ray
        self._started = False

    def _connect(self) -> None:
        ray = self.ray
        if ray.is_initialized():
            return
        kwargs: dict[str, Any] = {"address": self.address, "log_to_driver": False,
                                  "logging_level": "ERROR"}
        if self.address is None and "RAY_ADDRESS" not in os.environ:
            spaced = spaced_install(ray)
            if spaced is not None:
                raise KinemaError(f"--executor ray: Ray cannot start its processes from a path with a space "
                                  f"in it ({spaced!r}: Ray 2.60 does not quote it); put the virtual "
                                  f"environment in a folder without spaces, or pass --address of a "
                                  f"cluster started elsewhere")
            kwargs.update(num_cpus=self.cpus, include_dashboard=False)
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        try:
            self._init(kwargs)
        except (ConnectionError, RuntimeError, ValueError, TimeoutError) as e:
            where = self.address or "a new local Ray"
            raise KinemaError(f"--address {where}: cannot reach a Ray cluster ({_gist(e)}); "
                              f"start one with `ray start --head` or pass --address HOST:PORT; a cluster "
                              f"with token authentication needs RAY_AUTH_MODE=token (docs/scale.md)") from None
        self._started = True

    def _init(self, kwargs: dict[str, Any]) -> None:
        """`ray.init`, tried again once through the Ray client: a busy head may not start the
        client's own server within its timeout, and the next try usually finds it up."""
        tries = CLIENT_TRIES if (self.address or "").startswith("ray://") else 1
        for attempt in range(tries):
            try:
                self.ray.init(**kwargs)
                return
            except ConnectionError as e:
                if attempt + 1 == tries or "Initialization failure" not in str(e):
                    raise
                time.sleep(1.0)

    def slots(self) -> int:
        """Shots the cluster can work on at once: its CPUs, or its GPUs for a neural backend."""
        self._connect()
        have = self.ray.cluster_resources()
        kind = "GPU" if self.neural is not None else "CPU"
        n = int(have.get(kind, 0))
        if n < 1:
            owned = ", ".join(f"{k} {have.get(k, 0):g}" for k in ("CPU", "GPU"))
            raise KinemaError(f"--executor ray: the cluster has no {kind} for the "
                              f"{self.neural[0] if self.neural else 'vector'} backend (it has {owned})")
        return n

    def map(self, fn: Callable[[T], R], tasks: Iterable[T]) -> Iterator[R]:
        ray = self.ray
        width = 2 * self.slots()
        gpus = 1 if self.neural is not None else 0
        remote = ray.remote(_run).options(num_cpus=1, num_gpus=gpus, max_retries=self.retries,
                                          retry_exceptions=False, name="kinema_shot")
        pending: deque[Any] = deque()
        try:
            for task in tasks:
                pending.append(remote.remote(fn, task, self.neural))
                while len(pending) >= width:
                    yield self._get(pending.popleft())
            while pending:
                yield self._get(pending.popleft())
        finally:
            for ref in pending:
                ray.cancel(ref, force=True)

    def _get(self, ref: Any) -> Any:
        exc = self.ray.exceptions
        try:
            return self.ray.get(ref)
        except exc.RayTaskError as e:  # the shot's own error, raised in the worker
            cause = e.cause if isinstance(e.cause, BaseException) else None
            if isinstance(cause, KinemaError):
                raise cause from None
            raise
        except (exc.WorkerCrashedError, exc.NodeDiedError, exc.ObjectLostError) as e:
            raise KinemaError(f"--executor ray: a shot's worker died {self.retries + 1} times "
                              f"({type(e).__name__}); the film was not written") from None

    def close(self) -> None:
        """Leave the cluster (and stop the Ray this run started)."""
        if self._started:
            self.ray.shutdown()
            self._started = False
