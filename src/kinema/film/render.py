"""A film to MP4: every shot as an H.264 segment (from the shot cache where its key verifies,
drawn otherwise), remuxed in order by stream copy.

Cached or not, and wherever a shot is drawn (this process, a pool, a cluster), each shot's
segment is encoded the same way from the same finished frames, so the film's bytes depend
only on the screenplay and its seed.
"""

from __future__ import annotations

import io
import resource
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from kinema.atomic import check_parent
from kinema.audio.beside import SoundBeside
from kinema.audio.film import SOUND, FilmSound, Sound
from kinema.cache.keys import Neighbours, shot_key
from kinema.cache.store import Store
from kinema.encode.remux import Remux
from kinema.encode.writer import Encoder
from kinema.errors import KinemaError, OutputError
from kinema.film.executor import Executor, LocalExecutor
from kinema.film.job import Backend, Progress
from kinema.film.loop import Picker, draw
from kinema.film.takes import Take, load_sprites, metadata, take_at, takes
from kinema.render.sprites import Sprite
from kinema.screenplay.model import Scene, Screenplay, Shot

SEGMENT = "segment.mp4"


@dataclass(frozen=True)
class RenderResult:
    output: str
    duration_s: float
    frames: int
    width: int
    height: int
    fps: int
    shots: int
    wall_s: float
    realtime_factor: float
    peak_rss_mb: float
    reused: tuple[str, ...] = ()  # shot ids taken from the shot cache
    rendered: tuple[str, ...] = ()  # shot ids drawn and encoded in this run
    sound_made: tuple[str, ...] = ()  # shot ids whose stems were made in this run (not from the cache)


@dataclass(frozen=True)
class Segment:
    scene: Scene
    shot: Shot
    key: str | None  # None when the shot is not cached
    source: Path | BinaryIO | bytes  # the encoded segment: a cache entry's file, or in hand
    frames: int
    hit: bool
    events: tuple[tuple[int, str], ...] = ()  # (frame of the shot, world event): timeline markers
    take: Take | None = field(default=None, repr=False, compare=False)  # what the shot's sound is made from

    @property
    def path(self) -> Path:
        if not isinstance(self.source, Path):
            raise OutputError(f"shot {self.shot.id}: its segment is not in the shot cache")
        return self.source


Tap = Callable[[Take, int, np.ndarray], None]


@dataclass(frozen=True)
class FrameTap:
    """A few finished frames of every shot handed out while the film renders (a storyboard
    beside it): taken from the drawing where the shot is drawn here, drawn alone otherwise."""

    pick: Picker
    take: Tap


@dataclass
class ShotTask:
    """One shot's work. Pickled to another process it carries plain data only; there the
    shot's job is rebuilt from the screenplay (its scene simulated again)."""

    play: Screenplay
    base_dir: str | None
    source: str
    index: int
    frames: int
    key: str | None
    store: str | None
    cached: str | None  # the segment of a cache hit, verified by the film's process
    # In this process only, never pickled:
    take: Take | None = field(default=None, repr=False)
    backend: Backend | None = field(default=None, repr=False)
    progress: Progress | None = field(default=None, repr=False)
    previous_last: np.ndarray | None = field(default=None, repr=False)
    keep_last: bool = False
    tap: Tap | None = field(default=None, repr=False)
    tap_picks: tuple[int, ...] = ()

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.update(take=None, backend=None, progress=None, previous_last=None, tap=None)
        return state



@dataclass(frozen=True)
class Made:
    index: int
    source: Path | BinaryIO | bytes
    frames: int
    hit: bool
    last: np.ndarray | None  # the finished last frame, when the next shot dissolves from it


_SPRITES: dict[tuple[str, str | None], dict[str, Sprite]] = {}


def _sprites_for(task: ShotTask) -> dict[str, Sprite]:
    """Sprites per screenplay in a worker process: loaded once, not once per shot."""
    key = (task.play.model_dump_json(), task.base_dir)
    if key not in _SPRITES:
        _SPRITES.clear()
        _SPRITES[key] = load_sprites(task.play, Path(task.base_dir) if task.base_dir else None,
                                     task.source)
    return _SPRITES[key]


def make_segment(task: ShotTask) -> Made:
    """Draw and encode one shot (or hand back its cached segment). Runs in any process."""
    if task.cached is not None:
        if task.progress is not None:
            task.progress.frames(task.frames)
        return Made(task.index, Path(task.cached), task.frames, True, None)
    take = task.take or take_at(task.play, _sprites_for(task), task.index)
    if task.backend is not None:
        backend = task.backend
    else:
        from kinema.render.vector import VectorBackend

        backend = VectorBackend()
    fmt, n = take.job.format, take.job.frames
    last: np.ndarray | None = None
    picks = set(task.tap_picks)

    def encode(target: Path | BinaryIO) -> None:
        nonlocal last
        enc = Encoder(target, fmt.width, fmt.height, fmt.fps)
        # A renderer that cycles buffers leaves a frame intact while the next ones are drawn:
        # encode it beside the drawing thread (the same bytes, in less wall time).
        ahead = int(getattr(backend, "frames_intact", 0))
        put = partial(enc.submit, ahead=ahead) if ahead > 0 else enc.write
        try:
            for i, frame in draw(take, backend, None, task.previous_last):
                if task.keep_last and i == n - 1:
                    last = frame.copy()
                if task.tap is not None and i in picks:
                    task.tap(take, i, frame)
                put(frame)
                if task.progress is not None:
                    task.progress.frame()
            enc.close()
        except BaseException:
            enc.abort()
            raise
        if enc.frames != n:
            raise OutputError(f"shot {take.job.shot.id}: the renderer drew {enc.frames} of {n} frames")

    if task.store is not None and task.key is not None:
        store = Store(Path(task.store))
        with store.put(task.key, {"shot": take.job.shot.id, "frames": n}) as d:
            encode(d / SEGMENT)
        entry = store.get(task.key)
        if entry is None:
            raise OutputError(f"cache directory {store.root}: the entry for shot {take.job.shot.id} "
                              f"did not verify after writing")
        return Made(task.index, entry.file(SEGMENT), n, False, last)
    if task.take is not None:  # in this process: an unnamed temporary file, gone even on a crash
        tmp: BinaryIO = tempfile.TemporaryFile()  # noqa: SIM115 - handed to the remuxer, closed there
        encode(tmp)
        return Made(task.index, tmp, n, False, last)
    buf = io.BytesIO()  # in a worker: the bytes travel back to the film's process
    encode(buf)
    return Made(task.index, buf.getvalue(), n, False, last)


def segments(play: Screenplay, sprites: dict[str, Sprite], store: Store | None = None,
             backend: Backend | None = None, progress: Progress | None = None,
             base_dir: Path | None = None, source: str = "<screenplay>",
             executor: Executor | None = None, tap: FrameTap | None = None,
             on_take: Callable[[Take], None] | None = None) -> Iterator[Segment]:
    """Every shot's segment in film order: reused when its key verifies, drawn otherwise.

    Only the vector renderer's shots are cached (the key fingerprints its code); a neural
    backend draws every shot. `tap` receives its picked frames of every shot, drawn by the
    vector renderer. `on_take` gets each take, in film order, as soon as it is made (before its
    shot is drawn): the film's sound is made from it beside the picture.
    """
    prog = progress or Progress()
    exe = executor or LocalExecutor()
    vector_here = exe.local and (backend is None or backend.name == "vector")
    if not exe.local and not exe.remote_backends and backend is not None and backend.name != "vector":
        raise KinemaError(f"--executor {exe.name}: the {backend.name} backend runs in this process "
                          f"only (use --executor local)")
    cache = store if backend is None or backend.name == "vector" else None
    shots: dict[int, tuple[Take, str | None]] = {}
    prev_key: str | None = None
    last: np.ndarray | None = None

    def tasks() -> Iterator[ShotTask]:
        nonlocal prev_key
        for take in takes(play, sprites):
            n = take.job.frames
            key = None
            if cache is not None:
                key = shot_key(take.job, Neighbours(take.ends, take.frames_after, prev_key), base_dir)
            prev_key = key
            entry = cache.get(key) if cache is not None and key is not None else None  # verified once
            shots[take.index] = take, key
            if on_take is not None:
                on_take(take)
            if exe.local:
                prog.shot(take.index, take.total, take.job.shot, n)
            yield ShotTask(play, str(base_dir) if base_dir else None, source, take.index, n, key,
                           str(cache.root) if cache is not None and exe.shares_files else None,
                           str(entry.file(SEGMENT)) if entry is not None else None,
                           take if exe.local else None, backend if exe.local else None,
                           prog if exe.local else None, last if take.dissolves else None,
                           keep_last=exe.local and take.ends == "dissolve",
                           tap=tap.take if tap is not None and vector_here else None,
                           tap_picks=tap.pick(take) if tap is not None else ())

    def run(task: ShotTask) -> Made:
        nonlocal last
        made = make_segment(task)
        last = made.last
        return made

    for made in exe.map(run if exe.local else make_segment, tasks()):
        take, key = shots.pop(made.index)
        encoded = made.source
        if isinstance(encoded, bytes) and cache is not None and key is not None:  # drawn on another node
            encoded = _keep(cache, key, take, encoded)
        if not exe.local:
            prog.shot(take.index, take.total, take.job.shot, made.frames)
            prog.frames(made.frames)
        if tap is not None and (made.hit or not vector_here):  # not drawn here: draw the picks alone
            from kinema.render.vector import VectorBackend

            for i, frame in draw(take, VectorBackend(), tuple(sorted(set(tap.pick(take))))):
                tap.take(take, i, frame)
        yield Segment(take.scene, take.job.shot, key, encoded, made.frames, made.hit, events(take), take)


def _keep(cache: Store, key: str, take: Take, segment: bytes) -> Path:
    """A segment that came back through a cluster's object store, written into this machine's cache."""
    with cache.put(key, {"shot": take.job.shot.id, "frames": take.job.frames}) as d:
        (d / SEGMENT).write_bytes(segment)
    entry = cache.get(key)
    if entry is None:
        raise OutputError(f"cache directory {cache.root}: the entry for shot {take.job.shot.id} "
                          f"did not verify after writing")
    return entry.file(SEGMENT)


def events(take: Take) -> tuple[tuple[int, str], ...]:
    """The world's events in the frames a take films (none on a title card: the world is hidden)."""
    if take.job.shot.title:
        return ()
    return tuple((i, e) for i, state in enumerate(take.job.states) for e in state.events)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def render(play: Screenplay, output: str | Path, store: Store | None = None,
           backend: Backend | None = None, progress: Progress | None = None,
           base_dir: Path | None = None, source: str = "<screenplay>",
           executor: Executor | None = None, tap: FrameTap | None = None,
           sound: Sound | None = SOUND) -> RenderResult:
    """Render the film to `output`. With a store, shots whose key verifies are reused. `sound`
    None is a silent film (`--no-audio`); else each shot's sound (from the store where its key
    verifies) is made beside the picture (kinema.audio.beside) and the film's AAC track written at the end
    (kinema.audio)."""
    start = time.perf_counter()
    sprites = load_sprites(play, base_dir, source)
    output = Path(output)
    check_parent(output)  # before any shot is drawn; the part file sweeps parts left by a killed run
    fmt = play.format
    reused: list[str] = []
    rendered: list[str] = []
    sound_made: list[str] = []
    beside = SoundBeside(FilmSound(play, sound), store) if sound is not None else None
    with Remux(output, fmt.fps, metadata(play), audio=beside is not None) as mux:
        try:
            for seg in segments(play, sprites, store, backend, progress, base_dir, source, executor, tap,
                                beside.take if beside is not None else None):
                mux.append(seg.source, seg.frames)
                if not isinstance(seg.source, (Path, bytes)):
                    seg.source.close()
                (reused if seg.hit else rendered).append(seg.shot.id)
                if beside is not None and seg.take is not None and beside.made(seg.take.index):
                    sound_made.append(seg.shot.id)
            if beside is not None:
                mux.copy_audio(beside.aac().packets())
        finally:
            if beside is not None:
                beside.close()
    wall = time.perf_counter() - start
    duration = mux.frames / fmt.fps
    return RenderResult(str(output), round(duration, 3), mux.frames, fmt.width, fmt.height, fmt.fps,
                        len(reused) + len(rendered), round(wall, 3),
                        round(duration / wall, 3) if wall > 0 else 0.0, round(peak_rss_mb(), 1),
                        tuple(reused), tuple(rendered), tuple(sound_made))
