"""Where shot work runs: in this process (the default) or in a pool of processes.

The seam is `map(fn, tasks)`: results come back in film order, whatever order the work
finishes in. A task crosses a process boundary pickled, carrying only plain data (the
screenplay and the shot's index); the worker rebuilds the shot's job from it. The cluster
executor (Ray, `film/ray_executor.py`) has the same `map`.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from kinema.film.ray_executor import NeuralSpec

T = TypeVar("T")
R = TypeVar("R")
EXECUTORS = ("local", "processes", "ray")


class Executor(Protocol):
    name: str
    local: bool  # True: tasks run in this process and may carry live objects
    shares_files: bool  # True: workers see this machine's files (they write the shot cache themselves)
    remote_backends: bool  # True: a neural backend is built where the task runs

    def map(self, fn: Callable[[T], R], tasks: Iterable[T]) -> Iterator[R]: ...


class LocalExecutor:
    """One shot after another in this process: lazy, so a film streams shot by shot."""

    name = "local"
    local = True
    shares_files = True
    remote_backends = False

    def map(self, fn: Callable[[T], R], tasks: Iterable[T]) -> Iterator[R]:
        for task in tasks:
            yield fn(task)


class ProcessExecutor:
    """A pool of worker processes on this machine, one per core by default.

    Workers are spawned (not forked): the parent holds encoder and skia threads, which a
    fork would copy in an unknown state. At most two tasks per worker are in flight, so
    memory stays bounded however long the film.
    """

    name = "processes"
    local = False
    shares_files = True
    remote_backends = False

    def __init__(self, workers: int | None = None) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)

    def map(self, fn: Callable[[T], R], tasks: Iterable[T]) -> Iterator[R]:
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx) as pool:
            pending: deque[Future[R]] = deque()
            try:
                for task in tasks:
                    pending.append(pool.submit(fn, task))
                    while len(pending) >= 2 * self.workers:
                        yield pending.popleft().result()
                while pending:
                    yield pending.popleft().result()
            finally:
                for f in pending:
                    f.cancel()


def executor_named(name: str, workers: int | None = None, address: str | None = None,
                   neural: NeuralSpec | None = None) -> Executor:
    from kinema.errors import KinemaError

    if address is not None and name != "ray":
        raise KinemaError(f"--address: only for --executor ray, not --executor {name}")
    if name == "local":
        return LocalExecutor()
    if name == "processes":
        return ProcessExecutor(workers)
    if name == "ray":
        from kinema.film.ray_executor import RayExecutor

        return RayExecutor(address, neural, cpus=workers)
    raise KinemaError(f"--executor: expected one of {', '.join(EXECUTORS)}, got {name!r}")
