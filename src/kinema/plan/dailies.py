"""Dailies: every shot of a planned film checked before any frame is drawn, and mended.

The film is simulated once with the renderer's own shot jobs (evaluate.placement.filmed, the
frames `kinema eval` measures after the fact, with the same on-screen test and the same 90 %
bar as its coverage). A shot fails when

- a subject is in frame for less than 90 % of it;
- its subject is not at the size the shot names (a full shot shows the whole body);
- it is a close-up of an empty place;
- it is the film's first shot and the prompt's main subject is not on screen;
- it films a formation's burst (issue 22) and keeps less than 80 % of the pieces in frame
  (evaluate.formation's measure);
- it is its scene's longest shot and a member of the scene (a thing or animal named beside the
  lead, not only a shot's subject) is on screen for less than the second `kinema eval` asks of
  every cast member (evaluate.coverage.MIN_ON_SCREEN_S) over all the scene's shots.

A failing shot is re-aimed (the camera follows its subject), then widened one size at a time
(a member missing from its scene: widened first),
and the film is checked again, up to MAX_ROUNDS times. What was changed goes into the notes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kinema.evaluate.coverage import MIN_ON_SCREEN_S, SHOT_OK
from kinema.evaluate.formation import IN_FRAME_MIN, bursting, inside
from kinema.evaluate.placement import entity_box, filmed
from kinema.film.replays import Replays
from kinema.film.takes import load_sprites
from kinema.plan.life import background
from kinema.render.sprites import Sprite
from kinema.screenplay.limits import MAX_NOTES
from kinema.screenplay.model import CameraMove, Scene, Screenplay, Shot, ShotSize, in_sky

MAX_ROUNDS = 5
LADDER = (ShotSize.EXTREME_CLOSE_UP, ShotSize.CLOSE_UP, ShotSize.MEDIUM_CLOSE, ShotSize.MEDIUM, ShotSize.FULL,
          ShotSize.WIDE, ShotSize.EXTREME_WIDE)
# The share of the frame's height the subject's body should fill, by size (a close-up is filled by
# more than the body's upper part, so only a lower bound), and whether the whole body must show.
SIZE_BAND: dict[ShotSize, tuple[float, float, bool]] = {
    ShotSize.EXTREME_WIDE: (0.0, 0.5, False), ShotSize.WIDE: (0.04, 0.8, False),
    ShotSize.FULL: (0.2, 1.0, True),
    ShotSize.MEDIUM: (0.35, 9.0, False), ShotSize.MEDIUM_CLOSE: (0.45, 9.0, False),
    ShotSize.CLOSE_UP: (0.5, 99.0, False), ShotSize.EXTREME_CLOSE_UP: (0.5, 99.0, False),
}
SIZE_OK = 0.8  # share of a shot's frames its subject must be at the named size


@dataclass
class ShotCheck:
    id: str
    size: ShotSize
    frames: int = 0
    in_frame: dict[str, float] = field(default_factory=dict)  # subject → share of frames on screen
    sized: float = 1.0  # share of frames the first subject is at the named size
    small: float = 0.0  # share of frames it is drawn smaller than the size's band (a dot in a wide shot)
    anyone: float = 0.0  # share of frames anybody is on screen (a close-up of nobody fails)
    main_seen: float = 1.0  # first shot only: share of frames the film's main subject is on screen
    burst: float = 1.0  # the smallest share of a bursting formation's pieces in frame
    missing: list[str] = field(default_factory=list)  # scene members on screen < MIN_ON_SCREEN_S
    seen_s: dict[str, float] = field(default_factory=dict)  # scene member → seconds on screen in its scene
    others: bool = False  # its scene's longest shot, and the scene has members besides its subjects
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _main(play: Screenplay) -> str | None:
    """The film's main subject: its first member, not a body its sky paints (plan/sky.py)."""
    return next((m.id for m in play.cast if not in_sky(m.id)), None)


def check(play: Screenplay, worlds: Replays | None = None) -> list[ShotCheck]:
    """Every shot of the film, measured from the world and the cameras the renderer will use
    (`worlds`: scenes already simulated, replayed rather than simulated again)."""
    arche = {m.id: m.archetype for m in play.cast}
    w, h = play.format.width, play.format.height  # the cameras' pixels per metre are the film's
    main = _main(play)
    first = play.scenes[0].shots[0].id
    checks: dict[str, ShotCheck] = {}
    seen: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    sized: dict[str, int] = defaultdict(int)
    small: dict[str, int] = defaultdict(int)
    anyone: dict[str, int] = defaultdict(int)
    on_screen: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))  # scene → member → frames
    for f in filmed(play, _formation_sprites(play), worlds):
        shot = f.job.shot
        c = checks.setdefault(f.shot_id, ShotCheck(f.shot_id, shot.size))
        c.frames += 1
        if shot.title:  # a title card shows no world
            continue
        for shape in f.state.formations:
            if bursting(shape):
                c.burst = min(c.burst, inside(shape, f.camera, w, h))
        shown = {}
        for e in f.state.entities:
            if e.id not in arche:
                continue
            box = entity_box(e, arche[e.id], f.camera, w, h)
            shown[e.id] = (box.on_screen(w, h), box)
        for s in f.subjects:
            if shown.get(s, (False,))[0]:
                seen[f.shot_id][s] += 1
        for eid, (on, _) in shown.items():
            if on:
                on_screen[f.scene.id][eid] += 1
        if any(on for on, _ in shown.values()):
            anyone[f.shot_id] += 1
        if f.shot_id == first and main is not None and shown.get(main, (False,))[0]:
            seen[f.shot_id]["\0main"] += 1
        if f.subjects and f.subjects[0] in shown:
            _, box = shown[f.subjects[0]]
            lo, hi, whole = SIZE_BAND[shot.size]
            fill = (box.y1 - box.y0) / h
            if lo <= fill <= hi and (not whole or box.visible(w, h) > 0.97):
                sized[f.shot_id] += 1
            elif fill < lo:
                small[f.shot_id] += 1
    out = []
    fps = play.format.fps
    need = MIN_ON_SCREEN_S * fps
    longest = {max((s for s in sc.shots if not s.title), key=lambda s: s.duration).id: sc
               for sc in play.scenes if any(not s.title for s in sc.shots)}
    for sid, c in checks.items():
        shot = _shot(play, sid)
        n = max(1, c.frames)
        if shot.title:
            out.append(c)
            continue
        c.in_frame = {s: seen[sid][s] / n for s in shot.subjects}
        c.sized = sized[sid] / n if shot.subjects else 1.0
        c.small = small[sid] / n
        c.anyone = anyone[sid] / n
        for s, share in c.in_frame.items():
            if share < SHOT_OK:
                c.problems.append(f"{s} in frame {share:.0%} of the shot")
        if shot.subjects and c.sized < SIZE_OK and not c.problems:
            c.problems.append(f"{shot.subjects[0]} at {shot.size.value} size {c.sized:.0%} of the shot")
        if shot.size in (ShotSize.CLOSE_UP, ShotSize.EXTREME_CLOSE_UP) and c.anyone < SHOT_OK and play.cast:
            c.problems.append("a close-up of an empty place")
        if c.burst < IN_FRAME_MIN:
            c.problems.append(f"the burst keeps {c.burst:.0%} of its pieces in frame")
        if sid in longest:
            scene = longest[sid]
            c.missing = [m for m in _members(scene) if on_screen[scene.id][m] < need]
            c.seen_s = {m: on_screen[scene.id][m] / fps for m in _members(scene)}
            c.others = bool(set(_members(scene)) - set(shot.subjects))
            c.problems += [f"{m} on screen {on_screen[scene.id][m] / fps:.1f} s of its scene"
                           for m in c.missing]
        if sid == first and main is not None:
            c.main_seen = seen[sid]["\0main"] / n
            if c.main_seen < SHOT_OK:
                c.problems.append(f"the main subject {main} on screen {c.main_seen:.0%} of the first shot")
        out.append(c)
    return out


def _formation_sprites(play: Screenplay) -> dict[str, Sprite]:
    """The pictures a formation's pieces are laid over (nothing else here needs a sprite)."""
    shapes = [m for m in play.cast if m.appearance.made_of is not None and m.asset.emoji is not None]
    if not shapes:
        return {}
    return load_sprites(play.model_copy(update={"cast": shapes}), None, "<dailies>")


def _members(scene: Scene) -> list[str]:
    """Who the scene puts in its world, in the order it names them (the passers-by of a place's
    own life and its set dressing are in the background by design, not named by the prompt)."""
    ids = [*scene.staging, *(a.who for a in scene.actions), *(k.who for k in scene.keyframes)]
    return [i for i in dict.fromkeys(ids) if not background(i)]


def _shot(play: Screenplay, sid: str) -> Shot:
    return next(s for sc in play.scenes for s in sc.shots if s.id == sid)


def _mend(shot: Shot, c: ShotCheck, main: str | None, first: bool) -> tuple[Shot, str]:
    """One step towards a shot that passes: follow the subject, then one size wider."""
    subjects = list(shot.subjects)
    if first and main is not None and main not in subjects:
        subjects = [main, *subjects]
    if not subjects and main is not None:
        subjects = [main]
    lost = [s for s in subjects if c.in_frame.get(s, 1.0) < SHOT_OK]
    k = LADDER.index(shot.size)
    if c.missing and len(c.missing) == len(c.problems) and k + 1 < len(LADDER):
        # Only a member of the scene missing (a ball at the lead's feet below a close-up): wider,
        # two sizes at once while one is hardly seen at all.
        step = 2 if min(c.seen_s.get(m, 0.0) for m in c.missing) < MIN_ON_SCREEN_S / 3 else 1
        wider = LADDER[min(len(LADDER) - 1, k + step)]
        return shot.model_copy(update={"subjects": subjects, "size": wider}), f"widened to {wider.value}"
    if shot.move not in (CameraMove.TRACK, CameraMove.HANDHELD) and (lost or any(
            "empty place" in p or "main subject" in p for p in c.problems)):
        return shot.model_copy(update={"subjects": subjects, "move": CameraMove.TRACK}), "re-aimed to follow"
    lead = subjects[0] if subjects else None
    if len(subjects) > 1 and any(s != lead for s in lost):
        # Bodies that part (a race, a chase) cannot share one frame: the shot keeps to its lead.
        kept = [s for s in subjects if s == lead or s not in lost]
        return shot.model_copy(update={"subjects": kept}), f"re-aimed on {', '.join(kept)}"
    # A dot in the landscape: one size closer (never while a burst needs the room, nor where the
    # scene's other members need the room: a shot widened for them would narrow again).
    if not lost and c.small > 0.5 and c.others:
        return shot.model_copy(update={"subjects": subjects}), "kept wide for the scene's members"
    if not lost and c.small > 0.5 and k > 0 and c.burst >= IN_FRAME_MIN:
        closer = LADDER[k - 1]
        return (shot.model_copy(update={"subjects": subjects, "size": closer, "move": CameraMove.TRACK}),
                f"moved in to {closer.value}")
    if k + 1 < len(LADDER):
        # Far off: two sizes at once (a fast small body outruns a close-up's smoothed tracking).
        hardly = any(c.seen_s.get(m, 0.0) < MIN_ON_SCREEN_S / 3 for m in c.missing)
        step = 2 if hardly or any(v < 0.5 for v in c.in_frame.values()) else 1
        wider = LADDER[min(len(LADDER) - 1, k + step)]
        return shot.model_copy(update={"subjects": subjects, "size": wider}), f"widened to {wider.value}"
    return shot.model_copy(update={"subjects": subjects}), "re-aimed"


def review(play: Screenplay) -> tuple[Screenplay, list[str], list[ShotCheck]]:
    """Check every shot, mend the failing ones and check again; the film, the notes on what was
    changed, and the last round's checks."""
    notes: list[str] = []
    worlds = Replays()  # a mend moves cameras, not the world: each scene is simulated once
    checks = check(play, worlds)
    main = _main(play)
    for _ in range(MAX_ROUNDS):
        failing = {c.id: c for c in checks if not c.ok}
        if not failing:
            break
        first = play.scenes[0].shots[0].id
        changed = False
        scenes = []
        for scene in play.scenes:
            shots = []
            for shot in scene.shots:
                if shot.id in failing:
                    mended, how = _mend(shot, failing[shot.id], main, shot.id == first)
                    if mended != shot:
                        notes.append(f"dailies: shot {shot.id} {how} ({'; '.join(failing[shot.id].problems)})")
                        changed = True
                    shot = mended
                shots.append(shot)
            scenes.append(scene.model_copy(update={"shots": shots}))
        if not changed:  # nothing left to try: the notes say what still fails
            break
        play = play.model_copy(update={"scenes": scenes})
        checks = check(play, worlds)
    notes += [f"dailies: shot {c.id} still fails ({'; '.join(c.problems)})" for c in checks if not c.ok]
    if notes:
        kept = list(dict.fromkeys([*play.notes, *notes]))[:MAX_NOTES]
        play = play.model_copy(update={"notes": kept})
    return play, notes, checks
