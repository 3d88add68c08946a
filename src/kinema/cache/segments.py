"""Shots as cached H.264 segments, and the film assembled from them by stream copy.

Each shot is encoded alone with the film's encoder settings, so every segment starts on a
key frame with no reference outside itself (a closed GOP). Its transitions are applied
inside the segment: the key says which neighbouring transitions reach into it. A film is
then the segments' packets remuxed into one MP4, timestamps shifted, nothing re-encoded.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from kinema.atomic import publish
from kinema.cache.keys import Neighbours, shot_key
from kinema.cache.store import Entry, Store
from kinema.encode import VideoWriter
from kinema.encode.transitions import finish_frame
from kinema.errors import OutputError
from kinema.pipeline import Progress, RenderResult, load_sprites, metadata, peak_rss_mb, shot_frames, shot_jobs
from kinema.render.job import ShotJob
from kinema.render.sprites import Sprite
from kinema.render.vector import VectorBackend
from kinema.screenplay.model import Scene, Screenplay, Shot, Transition

SEGMENT = "segment.mp4"
LAST = "last.npy"  # the finished last frame, kept when the next shot dissolves from it


@dataclass(frozen=True)
class Segment:
    scene: Scene
    shot: Shot
    key: str
    path: Path
    frames: int
    hit: bool


def _render(store: Store, key: str, job: ShotJob, ends: str | None, after: int,
            previous: np.ndarray | None, progress: Progress) -> Entry:
    fmt, n = job.format, job.frames
    with store.put(key, {"shot": job.shot.id, "frames": n}) as d:
        with VideoWriter(d / SEGMENT, fmt.width, fmt.height, fmt.fps) as writer:
            for i, frame in enumerate(VectorBackend().render_shot(job)):
                finish_frame(frame, i, n, fmt.fps, job.shot.transition, ends, previous,
                             after + n - 1 - i)
                if i == n - 1 and ends == Transition.DISSOLVE:
                    np.save(d / LAST, frame)
                writer.write(frame)
                progress.frame()
        if writer.frames != n:
            raise OutputError(f"shot {job.shot.id}: the renderer drew {writer.frames} of {n} frames")
    entry = store.get(key)
    if entry is None:
        raise OutputError(f"cache directory {store.root}: the entry for shot {job.shot.id} "
                          f"did not verify after writing")
    return entry


def shot_segments(play: Screenplay, sprites: dict[str, Sprite], store: Store,
             base_dir: Path | None = None, progress: Progress | None = None) -> Iterator[Segment]:
    """Every shot's segment in film order: reused when its key verifies, rendered otherwise."""
    prog = progress or Progress()
    flat = [(scene, shot) for scene in play.scenes for shot in scene.shots]
    counts = [n for scene_counts in shot_frames(play) for n in scene_counts]
    remaining = sum(counts)
    prev: Entry | None = None
    for idx, job in enumerate(shot_jobs(play, sprites)):
        n = job.frames
        remaining -= n
        ends = flat[idx + 1][1].transition if idx + 1 < len(flat) else None
        key = shot_key(job, Neighbours(ends, remaining, prev.key if prev else None), base_dir)
        prog.shot(idx, len(flat), job.shot, n)
        entry = store.get(key)
        hit = entry is not None
        if entry is None:
            previous = None
            if job.shot.transition == Transition.DISSOLVE and prev is not None:
                previous = np.load(prev.file(LAST))
            entry = _render(store, key, job, ends, remaining, previous, prog)
        else:
            for _ in range(n):
                prog.frame()
        yield Segment(flat[idx][0], job.shot, key, entry.file(SEGMENT), n, hit)
        prev = entry


def _check_output(output: Path) -> Path:
    parent = output.parent if str(output.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{output}: output directory {str(parent)!r} does not exist")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"{output}: output directory {str(parent)!r} is not writable")
    return parent


def assemble(parts: list[tuple[Path, int]], output: Path, fps: int, metadata: dict[str, str]) -> int:
    """Remux (segment, frames) pairs into one MP4 by stream copy; returns the frame count."""
    output = Path(output)
    parent = _check_output(output)
    fd, name = tempfile.mkstemp(prefix=f".{output.stem}.", suffix=".part.mp4", dir=parent)
    os.close(fd)
    tmp = Path(name)
    total = 0
    try:
        with av.open(str(parts[0][0])) as first, av.open(str(tmp), mode="w", format="mp4") as out:
            for k, v in metadata.items():
                out.metadata[k] = v
            template = first.streams.video[0]
            extradata = template.codec_context.extradata
            ostream = out.add_stream_from_template(template)
            for path, frames in parts:
                with av.open(str(path)) as seg:
                    s = seg.streams.video[0]
                    if s.codec_context.extradata != extradata:
                        raise OutputError(f"{path}: encoder parameters differ between segments")
                    assert s.time_base is not None
                    shift = round(Fraction(total, fps) / s.time_base)
                    for pkt in seg.demux(s):
                        if pkt.dts is None:
                            continue  # the demuxer's empty flush packet
                        pkt.dts += shift
                        if pkt.pts is not None:
                            pkt.pts += shift
                        pkt.stream = ostream
                        out.mux(pkt)
                total += frames
        publish(tmp, output)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return total


@dataclass(frozen=True)
class CachedRender:
    result: RenderResult
    hits: tuple[str, ...]  # shot ids reused from the cache
    rendered: tuple[str, ...]  # shot ids drawn and encoded in this run


def render_cached(play: Screenplay, output: str | Path, store: Store, base_dir: Path | None = None,
                  source: str = "<screenplay>", progress: Progress | None = None) -> CachedRender:
    """`pipeline.render` through the shot cache: only shots whose key changed are drawn."""
    start = time.perf_counter()
    sprites = load_sprites(play, base_dir, source)
    _check_output(Path(output))  # before any shot is drawn
    fmt = play.format
    segs = list(shot_segments(play, sprites, store, base_dir, progress))
    n = assemble([(s.path, s.frames) for s in segs], Path(output), fmt.fps, metadata(play))
    wall = time.perf_counter() - start
    duration = n / fmt.fps
    result = RenderResult(str(output), round(duration, 3), n, fmt.width, fmt.height, fmt.fps,
                          len(segs), round(wall, 3), round(duration / wall, 3) if wall > 0 else 0.0,
                          round(peak_rss_mb(), 1))
    return CachedRender(result, tuple(s.shot.id for s in segs if s.hit),
                        tuple(s.shot.id for s in segs if not s.hit))
