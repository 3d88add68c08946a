"""Camera words (pan left, tilt down, zoom in, dolly, orbit, aerial, first-person, slow motion,
time-lapse, rack focus; 左摇, 推近, 航拍, 慢动作, 延时摄影 ...) → the shots' moves and timing.

The phrases are taken out of the text before the clauses are read ("drone footage" casts no
drone, "crane shot" no bird, "zoom in" drives no car). After the director has designed the
shots, `direct` hands the named moves to the film's shots in order, and a timing word sets
every shot's `speed`, scaling the scene's action times by it so the same story is told in the
same film time, slowed or sped up."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kinema.screenplay.model import CameraMove, Scene, Screenplay, Shot, ShotSize

SLOW, LAPSE = 0.25, 8.0  # the world's speed in slow motion and in a time-lapse
MAX_WORLD_S = 1800.0  # action times stay within the format's limit

M = CameraMove


@dataclass(frozen=True)
class Word:
    move: CameraMove | None = None
    speed: float | None = None
    size: ShotSize | None = None  # a move that implies a size (aerial: extreme-wide)
    note: str = ""  # how a word the renderer cannot do is played


_AERIAL = Word(M.CRANE, size=ShotSize.EXTREME_WIDE)
_FOCUS = Word(M.PUSH_IN, note="a rack focus is played as a push-in (the renderer has no focus pull)")
# English phrases are regexes over words (matched case-insensitively at word boundaries).
EN: tuple[tuple[str, Word], ...] = (
    (r"(?:pan|pans|panning)\s+(?:to\s+the\s+)?left|left\s+pan", Word(M.PAN_LEFT)),
    (r"(?:pan|pans|panning)\s+(?:to\s+the\s+)?right|right\s+pan", Word(M.PAN_RIGHT)),
    (r"tilt(?:s|ing)?\s+down", Word(M.TILT_DOWN)),  # before the bare "tilt", which is up
    (r"tilt(?:s|ing)?\s+up|tilt\s+shot|tilts?", Word(M.TILT)),
    (r"zoom(?:s|ing)?[\s-]+(?:in|into|on)|(?:camera|lens)\s+zooms?|crash\s+zoom", Word(M.ZOOM)),
    (r"zoom(?:s|ing)?[\s-]+(?:out|back)", Word(M.ZOOM_OUT)),
    (r"(?:dolly|dollies|pull|pulls|pulling|track|tracks)[\s-]+(?:out|back|away)|pull[\s-]+out",
     Word(M.PULL_OUT)),
    (r"(?:dolly|dollies|dollying|push|pushes|pushing|track|tracks|tracking)[\s-]+(?:in|forward|towards|toward)"
     r"|dolly(?:[\s-]+shot)?|push[\s-]+in", Word(M.PUSH_IN)),  # after "dolly out": a bare dolly goes in
    (r"(?:orbit|orbits|orbiting|circles|circling|arcs?)\s+(?:around|round)|orbit(?:al|ing)?\s+shot|arc\s+shot"
     r"|360[\s-]+degrees?(?:\s+(?:shot|turn|orbit))?|camera\s+orbits", Word(M.SWEEP)),
    (r"aerial(?:\s+(?:shot|view|footage|photography))?|drone\s+(?:shot|footage|view|camera)"
     r"|bird'?s?[\s-]+eye(?:\s+view)?|overhead\s+shot", _AERIAL),
    (r"first[\s-]+person(?:\s+(?:view|shot|camera|perspective))?|pov(?:\s+shot)?|point[\s-]+of[\s-]+view(?:\s+shot)?"
     r"|hand[\s-]?held(?:\s+(?:camera|shot))?|shaky[\s-]+cam(?:era)?", Word(M.HANDHELD)),
    (r"tracking\s+shot|follow\s+shot|camera\s+follows", Word(M.TRACK)),
    (r"crane\s+(?:shot|up)|jib\s+shot", Word(M.CRANE)),
    (r"static\s+(?:shot|camera)|locked[\s-]+off(?:\s+shot)?", Word(M.STATIC)),
    (r"(?:in\s+)?(?:super\s+)?slow[\s-]*(?:motion|mo)|high[\s-]+speed\s+camera", Word(speed=SLOW)),
    (r"(?:a\s+)?(?:time[\s-]*lapse|hyper[\s-]*lapse|fast[\s-]+motion|fast[\s-]+forward|sped[\s-]+up)"
     r"(?:\s+(?:shot|footage|video))?(?:\s+of)?", Word(speed=LAPSE)),
    (r"(?:a\s+)?(?:rack\s+focus|focus\s+pull|pull(?:s|ing)?\s+focus)(?:\s+(?:from|shot))?", _FOCUS),
    (r"(?:the\s+)?camera\s+pans|(?:pan|panning)\s+(?:across|over|shot)", Word(M.PAN)),
    # the lens someone looks, waves or walks toward is the viewer's eye, no camera in the scene
    (r"(?:at|into|to|toward|towards)\s+(?:the\s+)?(?:camera|lens)", Word()),
)
# Chinese phrases are plain strings (matched anywhere; Chinese has no spaces between words).
ZH: tuple[tuple[str, Word], ...] = (
    ("镜头向左摇", Word(M.PAN_LEFT)), ("向左摇", Word(M.PAN_LEFT)), ("镜头左摇", Word(M.PAN_LEFT)),
    ("向左平移", Word(M.PAN_LEFT)), ("镜头左移", Word(M.PAN_LEFT)),
    ("镜头向右摇", Word(M.PAN_RIGHT)), ("向右摇", Word(M.PAN_RIGHT)), ("镜头右摇", Word(M.PAN_RIGHT)),
    ("向右平移", Word(M.PAN_RIGHT)), ("镜头右移", Word(M.PAN_RIGHT)),
    ("摇镜头", Word(M.PAN)), ("横摇", Word(M.PAN)), ("平移镜头", Word(M.PAN)),
    ("镜头上摇", Word(M.TILT)), ("向上摇", Word(M.TILT)), ("上摇", Word(M.TILT)),
    ("镜头下摇", Word(M.TILT_DOWN)), ("向下摇", Word(M.TILT_DOWN)), ("下摇", Word(M.TILT_DOWN)),
    ("变焦放大", Word(M.ZOOM)), ("镜头放大", Word(M.ZOOM)), ("变焦推进", Word(M.ZOOM)), ("变焦", Word(M.ZOOM)),
    ("变焦缩小", Word(M.ZOOM_OUT)), ("镜头缩小", Word(M.ZOOM_OUT)),
    ("镜头推近", Word(M.PUSH_IN)), ("推近", Word(M.PUSH_IN)), ("推镜头", Word(M.PUSH_IN)),
    ("镜头推进", Word(M.PUSH_IN)), ("推进到", Word(M.PUSH_IN)),
    ("镜头拉远", Word(M.PULL_OUT)), ("拉远", Word(M.PULL_OUT)), ("拉镜头", Word(M.PULL_OUT)),
    ("镜头拉开", Word(M.PULL_OUT)), ("后拉", Word(M.PULL_OUT)),
    ("环绕镜头", Word(M.SWEEP)), ("环绕拍摄", Word(M.SWEEP)), ("环拍", Word(M.SWEEP)),
    ("镜头环绕", Word(M.SWEEP)), ("360度", Word(M.SWEEP)), ("旋转镜头", Word(M.SWEEP)),
    ("无人机航拍", _AERIAL), ("无人机俯拍", _AERIAL), ("无人机拍摄", _AERIAL), ("无人机视角", _AERIAL),
    ("无人机镜头", _AERIAL), ("航拍", _AERIAL), ("鸟瞰", _AERIAL), ("俯瞰", _AERIAL), ("俯拍", _AERIAL),
    ("空中拍摄", _AERIAL),
    ("第一人称视角", Word(M.HANDHELD)), ("第一人称", Word(M.HANDHELD)), ("第一视角", Word(M.HANDHELD)),
    ("主观视角", Word(M.HANDHELD)), ("主观镜头", Word(M.HANDHELD)), ("手持镜头", Word(M.HANDHELD)),
    ("手持摄影", Word(M.HANDHELD)),
    ("跟拍", Word(M.TRACK)), ("跟镜头", Word(M.TRACK)), ("跟随镜头", Word(M.TRACK)),
    ("升降镜头", Word(M.CRANE)), ("升镜头", Word(M.CRANE)),
    ("固定镜头", Word(M.STATIC)),
    ("慢动作", Word(speed=SLOW)), ("慢镜头", Word(speed=SLOW)), ("慢放", Word(speed=SLOW)),
    ("高速摄影", Word(speed=SLOW)),
    ("延时摄影", Word(speed=LAPSE)), ("缩时摄影", Word(speed=LAPSE)), ("延时", Word(speed=LAPSE)),
    ("缩时", Word(speed=LAPSE)), ("快进", Word(speed=LAPSE)), ("快动作", Word(speed=LAPSE)),
    ("焦点转移", _FOCUS), ("移焦", _FOCUS), ("焦点从", _FOCUS),
)


@dataclass
class CameraRequest:
    moves: list[tuple[CameraMove, ShotSize | None]] = field(default_factory=list)  # in the prompt's order
    speed: float | None = None
    notes: list[str] = field(default_factory=list)


# "the camera pans left", "the camera slowly tracks forward": the camera is the one filming,
# never a member of the cast.
_EN = [(re.compile(rf"\b(?:(?:the\s+)?camera\s+(?:\w+ly\s+)?)?(?:{p})\b", re.I), w) for p, w in EN]


def take_camera(text: str) -> tuple[str, CameraRequest]:
    """The text without its camera phrases, and what they ask of the shots."""
    found: list[tuple[int, Word, str]] = []
    for pat, word in _EN:
        for m in pat.finditer(text):
            found.append((m.start(), word, m.group(0)))
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]  # positions kept
    for phrase, word in sorted(ZH, key=lambda p: -len(p[0])):  # longest first: 镜头向左摇 before 左摇
        k = text.find(phrase)
        while k >= 0:
            found.append((k, word, phrase))
            text = text[:k] + " " * len(phrase) + text[k + len(phrase):]
            k = text.find(phrase)
    req = CameraRequest()
    for _, word, said in sorted(found, key=lambda f: f[0]):
        if word.move is not None:
            req.moves.append((word.move, word.size))
            req.notes.append(f"camera: '{said.strip()}' is the move '{word.move.value}'"
                             + (f" at {word.size.value}" if word.size else ""))
        if word.speed is not None and req.speed is None:
            req.speed = word.speed
            req.notes.append(f"camera: '{said.strip()}' runs the world at {word.speed:g}x speed")
        if word.note:
            req.notes.append(word.note)
    return re.sub(r"[ \t]{2,}", " ", text).strip(), req


def direct(play: Screenplay, req: CameraRequest) -> Screenplay:
    """The named moves handed to the film's shots in order (one move: every shot; two: the first
    half and the second ...; a shot that tracks a moving subject keeps tracking), and the named
    speed on every shot, with the scenes' action times scaled so the same actions fall in the same
    film time."""
    if not req.moves and req.speed is None:
        return play
    world = [(si, hi) for si, sc in enumerate(play.scenes) for hi, sh in enumerate(sc.shots) if not sh.title]
    # A shot that follows a moving subject keeps following it (any other move loses a walker from
    # a close framing); the named moves go to the others, or to every shot when all of them follow.
    free = [(si, hi) for si, hi in world if play.scenes[si].shots[hi].move != CameraMove.TRACK] or world
    moves: dict[tuple[int, int], tuple[CameraMove, ShotSize | None]] = {}
    for k, at in enumerate(free):
        if req.moves:
            moves[at] = req.moves[k * len(req.moves) // len(free)]
    speed = req.speed
    if speed is not None and speed > 1:  # the world may run at most the format's length of time
        speed = min(speed, max(1.0, MAX_WORLD_S / max(play.duration, 1e-9)))
    scenes = []
    for si, scene in enumerate(play.scenes):
        shots: list[Shot] = []
        for hi, shot in enumerate(scene.shots):
            update: dict[str, object] = {}
            if (si, hi) in moves:
                move, size = moves[(si, hi)]
                update["move"] = move
                if size is not None:
                    update["size"] = size
            if speed is not None:
                update["speed"] = speed
            shots.append(shot.model_copy(update=update))
        scenes.append(_timed(scene, shots, speed))
    return play.model_copy(update={"scenes": scenes})


def _timed(scene: Scene, shots: list[Shot], speed: float | None) -> Scene:
    """The scene's world times (actions, effects, keyframes) scaled by the speed: a time-lapse
    world runs `speed` times as long in the same film time."""
    k = 1.0 if speed is None else speed

    def t(v: float | None) -> float | None:
        return None if v is None else round(v * k, 6)

    actions = [a.model_copy(update={"at": t(a.at), "until": t(a.until)}) for a in scene.actions]
    effects = [e.model_copy(update={"at": t(e.at), "until": t(e.until)}) for e in scene.effects]
    keys = [f.model_copy(update={"at": t(f.at)}) for f in scene.keyframes]
    return scene.model_copy(update={"shots": shots, "actions": actions, "effects": effects, "keyframes": keys})
