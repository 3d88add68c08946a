"""Shot design with film grammar: establish wide, move in to a close-up, cover an interaction with
a two-shot and reaction shots; an explicit request (a size sequence, a single take) wins."""

from __future__ import annotations

from dataclasses import dataclass

from kinema.screenplay.model import CameraMove, Shot, ShotSize, Transition

MIN_SHOT, MAX_SHOT, TARGET_SHOT = 2.0, 12.0, 7.5
ROOM_FOR_THREE = 9.0  # seconds: three shots of 3 s each read; fewer would skip a step of the ramp
SINGLE_TAKE_S = 60.0  # a longer single take is filmed as several: 60 s at 120 fps is the shot frame cap
UNIT = 0.125  # durations are whole eighths of a second: their sums are exact in binary floats
LADDER = (ShotSize.EXTREME_WIDE, ShotSize.WIDE, ShotSize.FULL, ShotSize.MEDIUM, ShotSize.MEDIUM_CLOSE,
          ShotSize.CLOSE_UP, ShotSize.EXTREME_CLOSE_UP)
# Wider shots hold longer: the eye needs time to read a landscape.
_WEIGHT = {ShotSize.EXTREME_WIDE: 1.3, ShotSize.WIDE: 1.2, ShotSize.FULL: 1.0, ShotSize.MEDIUM: 0.9,
           ShotSize.MEDIUM_CLOSE: 0.85, ShotSize.CLOSE_UP: 1.0, ShotSize.EXTREME_CLOSE_UP: 0.8}


@dataclass(frozen=True)
class Coverage:
    duration: float
    subjects: list[str]  # everyone the scene shows, primary first
    primary: str
    requested: list[ShotSize]  # sizes named in the prompt, in order
    single_take: bool
    moving: bool  # the subject travels: follow it
    interaction: bool  # two or more actors act on each other
    vast: bool  # a big landscape: establish extreme-wide
    first_transition: Transition
    body_action: bool = False  # the subject acts with its whole body (a march, a sweep): keep its feet in frame


def shot_count(duration: float) -> int:
    """Shots for a scene of this length: about TARGET_SHOT seconds each, and the three steps of the
    grammar (establish, closer, close-up) once there are ROOM_FOR_THREE seconds to show them, so a
    short film does not cut from a landscape straight to a face."""
    lo = max(1, -int(-duration // MAX_SHOT))
    hi = max(lo, int(duration // MIN_SHOT))
    want = max(round(duration / TARGET_SHOT), 3 if duration >= ROOM_FOR_THREE else 1)
    return max(lo, min(hi, want))


def _ramp(first: ShotSize, last: ShotSize, n: int) -> list[ShotSize]:
    """n sizes from first to last that never step back: a film moves in (or out) without zig-zags.
    With more shots than sizes between them, a size repeats; design() films the repeat another way."""
    a, b = LADDER.index(first), LADDER.index(last)
    if n == 1:
        return [last]
    span = abs(b - a) + 1
    step = 1 if b >= a else -1
    if n <= span:
        idx = [a + step * round((span - 1) * k / (n - 1)) for k in range(n)]
    else:
        idx = [a + step * (k * span // n) for k in range(n)]
    return [LADDER[i] for i in idx]


def _count(cov: Coverage, first: ShotSize, last: ShotSize) -> int:
    """As many shots as the length wants, but no more than the ramp has sizes while 12 s shots can
    still cover the length: a repeated size adds a cut without a new view."""
    n = shot_count(cov.duration)
    span = abs(LADDER.index(last) - LADDER.index(first)) + 1
    if cov.interaction:
        return n  # two-shots and reactions change the subject, so a repeated size is still a new view
    return max(min(n, span), min(n, -int(-cov.duration // MAX_SHOT)))


def durations(total: float, weights: list[float]) -> list[float]:
    """Split total over the shots by weight, in whole units, each within 2–12 s where it can be."""
    units = round(total / UNIT)
    share = [w / sum(weights) * units for w in weights]
    lo, hi = round(MIN_SHOT / UNIT), round(MAX_SHOT / UNIT)
    parts = [min(hi, max(lo, round(s))) if units >= lo * len(weights) else max(1, round(s)) for s in share]
    # Hand the rounding remainder to the shots that can still take it, widest first.
    k = 0
    while sum(parts) != units and k < 10 * units:
        j = k % len(parts)
        diff = units - sum(parts)
        if diff > 0 and parts[j] < hi:
            parts[j] += 1
        elif diff < 0 and parts[j] > max(1, lo if units >= lo * len(parts) else 1):
            parts[j] -= 1
        k += 1
    out = [p * UNIT for p in parts[:-1]]
    out.append(total - sum(out))  # exact when total is a whole number of units
    return out


def _single_take(cov: Coverage, id_prefix: str) -> list[Shot]:
    """One tracking shot, or, past SINGLE_TAKE_S, equal tracking shots that continue it: a shot's
    frames are capped (MAX_SHOT_FRAMES, 60 s at 120 fps)."""
    parts = max(1, -int(-cov.duration // SINGLE_TAKE_S))
    units = round(cov.duration / UNIT)
    lengths = [(units // parts + (k < units % parts)) * UNIT for k in range(parts - 1)]
    lengths.append(cov.duration - sum(lengths))  # exact: the parts add up to the scene
    note = f" (part {{}} of {parts}: a shot lasts at most {SINGLE_TAKE_S:g} s)" if parts > 1 else ""
    return [Shot(id=f"{id_prefix}-{k + 1}", duration=length, size=ShotSize.FULL, subjects=cov.subjects,
                 move=CameraMove.TRACK, transition=cov.first_transition if k == 0 else Transition.CUT,
                 description="one continuous take, tracking the subject" + note.format(k + 1))
            for k, length in enumerate(lengths)]


def design(cov: Coverage, id_prefix: str) -> list[Shot]:
    if cov.single_take:
        return _single_take(cov, id_prefix)
    # A film of someone acting with the whole body opens wide, not extreme-wide: its shots stop at
    # full, and an extreme-wide one would spend a third of them on a figure a few pixels tall.
    vast = cov.vast and not cov.body_action
    first = cov.requested[0] if cov.requested else (ShotSize.EXTREME_WIDE if vast else ShotSize.WIDE)
    tightest = ShotSize.FULL if cov.body_action else ShotSize.CLOSE_UP
    last = cov.requested[-1] if len(cov.requested) > 1 else tightest
    if LADDER.index(last) < LADDER.index(first) and len(cov.requested) < 2:
        last = first  # one size named, tighter than a close-up: hold it rather than widen
    n = _count(cov, first, last)
    sizes = _ramp(first, last, n)
    if n == 1 and not cov.requested:
        # One shot is the whole film: show the subject whole and what it does (a gallop, a dance),
        # not the close-up a longer film would end on.
        sizes = [ShotSize.FULL]
    if len(cov.requested) > 2:
        n = max(n, len(cov.requested))
        sizes = _ramp(cov.requested[-1], cov.requested[-1], n)
        sizes[: len(cov.requested)] = cov.requested  # a longer list of sizes is followed as written
    others = [s for s in cov.subjects if s != cov.primary]
    shots: list[Shot] = []
    lengths = durations(cov.duration, [_WEIGHT[s] for s in sizes])
    for k, (size, length) in enumerate(zip(sizes, lengths, strict=True)):
        subjects = list(cov.subjects)
        desc = "establishing shot" if k == 0 else ""
        if cov.interaction and others and 0 < k < n - 1 and LADDER.index(size) >= 3:
            # Coverage of an interaction: a two-shot, then reaction shots alternating.
            turn = (k - 1) % 3
            subjects = [cov.primary, others[0]] if turn == 0 else [cov.primary] if turn == 1 else [others[0]]
            desc = "two-shot" if turn == 0 else "reaction shot"
        elif LADDER.index(size) >= 3:
            subjects = [cov.primary]
        if k == 0:  # a body acting as it travels (a march, a skier) is followed at full size from the start
            # (and so is anything travelling in a film of one shot: it would leave a still frame)
            move = CameraMove.TRACK if cov.moving and (cov.body_action or n == 1) else CameraMove.STATIC
        elif cov.moving and LADDER.index(size) <= 3:
            move = CameraMove.TRACK
        elif size in (ShotSize.CLOSE_UP, ShotSize.EXTREME_CLOSE_UP) and k == n - 1:
            move = CameraMove.PUSH_IN
        else:
            move = CameraMove.STATIC
        if shots and size == shots[-1].size and subjects == shots[-1].subjects and move == shots[-1].move:
            # The same size twice is a jump cut unless the camera does something else.
            move = CameraMove.PAN if move != CameraMove.PAN else CameraMove.PUSH_IN
            desc = desc or "same size, another move"
        transition = cov.first_transition if k == 0 else Transition.CUT
        shots.append(Shot(id=f"{id_prefix}-{k + 1}", duration=length, size=size, subjects=subjects, move=move,
                          transition=transition, description=desc))
    return shots


def establishing(duration: float, id_prefix: str, first_transition: Transition) -> list[Shot]:
    """A place with nobody in it: an extreme-wide establishing shot held still, then a slow pan
    across the place (and a crane up to end on when there is time)."""
    n = 1 if duration < 2 * MIN_SHOT else 2 if duration < 3 * TARGET_SHOT else 3
    plan = [(ShotSize.EXTREME_WIDE, CameraMove.STATIC, "establishing shot"),
            (ShotSize.WIDE, CameraMove.PAN, "the place"),
            (ShotSize.EXTREME_WIDE, CameraMove.CRANE, "reveal")][:n]
    lengths = durations(duration, [1.0] * n)
    return [Shot(id=f"{id_prefix}-{k + 1}", duration=length, size=size, move=move, description=desc,
                 transition=first_transition if k == 0 else Transition.CUT)
            for k, ((size, move, desc), length) in enumerate(zip(plan, lengths, strict=True))]
