"""The screenplay: the versioned contract between every stage and the thing a person edits.

Depends on nothing else in the package. Times are in seconds of scene time; positions in
metres of the scene's world (x to the right, y up, the ground near y = 0 at x = 0).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from kinema.materials import is_word, material, names
from kinema.screenplay.limits import (
    MAX_ACTIONS,
    MAX_CAST,
    MAX_COORD,
    MAX_EFFECTS,
    MAX_EMOJI_CHARS,
    MAX_FILM_FRAMES,
    MAX_FILM_SECONDS,
    MAX_HEIGHT,
    MAX_ID_CHARS,
    MAX_IN_SCENE,
    MAX_KEYFRAMES,
    MAX_NOTES,
    MAX_PATH_CHARS,
    MAX_PROMPT_CHARS,
    MAX_SCENE_COPIES,
    MAX_SCENES,
    MAX_SHOT_COPY_FRAMES,
    MAX_SHOT_FRAMES,
    MAX_SHOTS,
    MAX_SPEED,
    MAX_TEXT_CHARS,
    MAX_WIDTH,
)

SCHEMA_VERSION = 1
ID_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$"

# Bounded types: a limit is a validation error naming the field, before any work starts.
Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=MAX_ID_CHARS)]
Ref = Annotated[str, Field(max_length=MAX_ID_CHARS)]  # a cast id named elsewhere
Text = Annotated[str, Field(max_length=MAX_TEXT_CHARS)]
Coord = Annotated[float, Field(ge=-MAX_COORD, le=MAX_COORD)]
Time = Annotated[float, Field(ge=0, le=MAX_FILM_SECONDS)]


class _Strict(BaseModel):
    # No NaN or infinity anywhere: every number feeds the physics or the camera.
    model_config = ConfigDict(extra="forbid", use_enum_values=False, allow_inf_nan=False)


class ShotSize(StrEnum):
    EXTREME_WIDE = "extreme-wide"
    WIDE = "wide"
    FULL = "full"
    MEDIUM = "medium"
    MEDIUM_CLOSE = "medium-close"
    CLOSE_UP = "close-up"
    EXTREME_CLOSE_UP = "extreme-close-up"


class CameraMove(StrEnum):
    STATIC = "static"
    PAN = "pan"
    PUSH_IN = "push-in"
    PULL_OUT = "pull-out"
    TRACK = "track"
    TILT = "tilt"  # the view rises from below the framing to it
    ZOOM = "zoom"  # a 2x magnification onto the framing, eased
    CRANE = "crane"  # rises and draws back at once, a reveal
    SWEEP = "sweep"  # slides past the subject: near and far layers part (orbit-like parallax)
    HANDHELD = "handheld"  # the framing with a seeded, breathing drift
    # Moves named with a direction ("pan left", "tilt down", "zoom out"): `pan` follows the subject's gaze.
    PAN_LEFT = "pan-left"
    PAN_RIGHT = "pan-right"
    TILT_DOWN = "tilt-down"  # the view sinks from above the framing onto it
    ZOOM_OUT = "zoom-out"  # starts on the framing and ends at half the magnification


class Style(StrEnum):
    """The film's look: a palette, a line and texture treatment and a grade (render/style.py)."""

    PLAIN = "plain"
    NOIR = "noir"  # black and white, hard contrast, heavy grain
    SEPIA = "sepia"  # vintage film: brown monochrome, faded blacks, dust
    NEON = "neon"  # cyberpunk: magenta and cyan, crushed greens, scanlines
    WATERCOLOUR = "watercolour"  # pale washes bleeding on cold-press paper with a white margin
    INK = "ink"  # ink wash (水墨): black ink on rice paper, a red seal
    IMPASTO = "impasto"  # Van Gogh: saturated blues and yellows in swirling brush strokes
    SKETCH = "sketch"  # pencil on paper: grey lines and hatching
    PIXEL = "pixel"  # pixel art: big square pixels, a few levels per channel
    COMIC = "comic"  # comic book: flat posterised colour, black outlines, halftone dots
    UKIYOE = "ukiyoe"  # woodblock print: muted flat colours, outlines, washi paper


class Transition(StrEnum):
    """How a shot begins. `fade` comes up from black; `dissolve` blends from the shot before."""

    CUT = "cut"
    FADE = "fade"
    DISSOLVE = "dissolve"
    DIP_WHITE = "dip-white"


class Archetype(StrEnum):
    CANINE = "canine"
    FELINE = "feline"
    BIRD = "bird"
    FISH = "fish"
    HUMAN = "human"
    VEHICLE = "vehicle"
    SERPENT = "serpent"  # a snake, an eel, a worm: a spine chain with a travelling wave
    DRAGON = "dragon"  # a serpent's spine with legs and wings; flies when the verb says so
    PROP = "prop"


class Place(StrEnum):
    MOUNTAINS = "mountains"
    CITY = "city"
    STREET = "street"
    FOREST = "forest"
    BEACH = "beach"
    WATER = "water"  # on a lake, a river or the sea: the surface is the floor, boats float on it
    DESERT = "desert"
    SNOWFIELD = "snowfield"
    SPACE = "space"
    UNDERWATER = "underwater"
    ROOM = "room"
    RING = "ring"
    WALL = "wall"
    ROAD = "road"
    PLAIN = "plain"


class TimeOfDay(StrEnum):
    DAWN = "dawn"
    DAY = "day"
    SUNSET = "sunset"
    NIGHT = "night"


class Weather(StrEnum):
    CLEAR = "clear"
    RAIN = "rain"
    SNOW = "snow"
    FOG = "fog"
    WIND = "wind"


class Verb(StrEnum):
    IDLE = "idle"
    WALK = "walk"
    RUN = "run"
    JUMP = "jump"
    HOWL = "howl"
    LOOK = "look"
    FLY = "fly"
    GLIDE = "glide"
    SWIM = "swim"
    CHASE = "chase"
    FLEE = "flee"
    PUNCH = "punch"
    KNEAD = "knead"
    DRIVE = "drive"
    FALL = "fall"
    POUNCE = "pounce"
    CROUCH = "crouch"
    BURST = "burst"
    FOLLOW = "follow"  # keeps a steady distance behind `target`, never touching it
    APPROACH = "approach"  # walks up to `target` (or `to_x`), slowing, and stops facing it
    DANCE = "dance"  # a human's dance: sway, steps, arms up in rhythm
    IGNITE = "ignite"  # engines fire: jets of flame and smoke from the body's tail (a ship, a planet's engines)
    # Issue 13/14 verbs. Until a verb has its own behaviour the member stands in place (the body's
    # pose clips: issue 14; effects and props: issue 13).
    EAT = "eat"
    SLEEP = "sleep"
    SIT = "sit"
    LIE = "lie"  # lie down
    WAVE = "wave"
    CELEBRATE = "celebrate"
    KICK = "kick"  # at `target` (a ball), which flies off
    THROW = "throw"  # `target` leaves the hand
    CATCH = "catch"  # `target` is caught
    CLIMB = "climb"
    RIDE = "ride"  # on `target` (a bicycle, a horse, a skateboard)
    ROLL = "roll"
    SHAKE = "shake"  # shake off (water, snow)
    SNEAK = "sneak"
    DIVE = "dive"
    TAI_CHI = "tai_chi"
    RELEASE = "release"  # lets `target` go (a balloon rises)
    SPRAY = "spray"  # a water jet from the member towards `target` or its facing
    BREATHE_FIRE = "breathe_fire"
    BURN = "burn"  # the member is on fire
    MELT = "melt"
    EXPLODE = "explode"
    LAUNCH = "launch"  # lifts off (a rocket)
    LAND = "land"  # comes down to the ground
    # Issue 20: people's everyday, sport, work and music actions, each composed from leg, arm and
    # torso primitives in motions.py (MOTIONS has one recipe per verb below).
    MARCH = "march"
    JOG = "jog"
    SKATEBOARD = "skateboard"
    SKI = "ski"
    SKATE = "skate"
    SURF = "surf"
    CLAP = "clap"
    STRUM = "strum"  # a guitar, a ukulele, a banjo
    PLAY_VIOLIN = "play_violin"  # any bowed string
    PLAY_PIANO = "play_piano"  # any keyboard
    DRUM = "drum"
    PLAY_FLUTE = "play_flute"  # any wind instrument
    SING = "sing"
    SWEEP = "sweep"
    SCRUB = "scrub"  # wash, wipe, mop, clean
    COOK = "cook"  # stir a pan
    CHOP = "chop"
    JUGGLE = "juggle"
    ROW = "row"
    PUSH = "push"
    PULL = "pull"
    LIFT = "lift"  # a weight overhead
    HAMMER = "hammer"
    DIG = "dig"
    TYPE = "type"
    WRITE = "write"
    READ = "read"
    PHONE = "phone"
    PAINT = "paint"
    CONDUCT = "conduct"
    JUMP_ROPE = "jump_rope"
    STRETCH = "stretch"  # yoga, warming up
    BOX = "box"  # shadow boxing: jab, jab, cross
    DRIBBLE = "dribble"
    SWING = "swing"  # a golf club, a bat, a racket
    FISH = "fish"  # cast a rod
    KNIT = "knit"  # two needles working at the lap (crochet too)
    SEW = "sew"  # a needle drawn up and away from the cloth (embroidery too)
    TEXT = "text"  # thumbs on a phone held in both hands
    FLY_KITE = "fly_kite"  # a kite's line held up and tugged, the kite high ahead
    HANG_LAUNDRY = "hang_laundry"  # washing lifted from the basket and pegged on a line overhead
    PEEL = "peel"  # a strip pulled down off fruit held before the chest
    HOLD_UP = "hold_up"  # walks (or stands) holding `target` up over the head: an umbrella, a parasol


class Format(_Strict):
    width: Annotated[int, Field(ge=16, le=MAX_WIDTH)] = 1280
    height: Annotated[int, Field(ge=16, le=MAX_HEIGHT)] = 720
    fps: Annotated[int, Field(ge=1, le=120)] = 24

    @model_validator(mode="after")
    def _even(self) -> Format:
        # yuv420p needs even dimensions: say so here rather than fail in the encoder.
        for name in ("width", "height"):
            if getattr(self, name) % 2:
                raise ValueError(f"{name} must be even for H.264 yuv420p, got {getattr(self, name)}")
        return self


class Asset(_Strict):
    """An emoji (drawn from Twemoji) or a user's own SVG or PNG file; exactly one."""

    emoji: Annotated[str, Field(max_length=MAX_EMOJI_CHARS)] | None = None
    file: Annotated[str, Field(max_length=MAX_PATH_CHARS)] | None = None

    @model_validator(mode="after")
    def _one(self) -> Asset:
        if (self.emoji is None) == (self.file is None):
            raise ValueError("give exactly one of 'emoji' or 'file'")
        if self.file is not None and not self.file.lower().endswith((".svg", ".png")):
            raise ValueError(f"file must be an .svg or .png, got {self.file!r}")
        return self


class Names(_Strict):
    en: Text = ""
    zh: Text = ""


class FormationTiming(_Strict):
    """When a formation bursts and reforms (docs/screenplay.md, Formations); seconds of scene time."""

    burst_at: Time | None = None  # None: only a `burst` action bursts it
    reform_at: Time | None = None  # the pieces turn back; default burst_at + 4
    hold: Annotated[float, Field(ge=0, le=60)] = 1.0  # formed again, it holds still this long, then lives
    origin: Literal["centre", "head", "tail", "below", "motion", "wind"] = "centre"
    order: Literal["head", "centre", "random"] = "head"  # who flies home first
    fall: bool = False  # True: the pieces fall and lie on the ground until they reform

    @model_validator(mode="after")
    def _order(self) -> FormationTiming:
        if self.reform_at is not None and self.burst_at is None:
            raise ValueError("reform_at needs burst_at (when the formation bursts)")
        if self.reform_at is not None and self.burst_at is not None and self.reform_at <= self.burst_at:
            raise ValueError(f"reform_at must be after burst_at ({self.burst_at}), got {self.reform_at}")
        return self


class Clothing(_Strict):
    """A person's clothes, each `#rrggbb` (render/look.py): a colour left out follows `tint`, else
    the member's own pick by id, so every shot draws the same clothes."""

    top: str | None = Field(default=None, pattern=r"^#[0-9a-fA-F]{6}$")
    bottom: str | None = Field(default=None, pattern=r"^#[0-9a-fA-F]{6}$")  # trousers or skirt
    shoes: str | None = Field(default=None, pattern=r"^#[0-9a-fA-F]{6}$")


HairStyle = Literal["short", "long", "ponytail", "pigtails", "bun", "braid", "curly", "bald"]
HAIR_STYLES: tuple[str, ...] = get_args(HairStyle)


class Hair(_Strict):
    """A person's hair (render/hair.py), drawn the same in every shot: `style` replaces the face
    emoji's own hair with one drawn around the head, `colour` (#rrggbb) recolours it. Both left out:
    the emoji's own hair; only a colour: the emoji's own hair in that colour."""

    style: HairStyle | None = None
    colour: str | None = Field(default=None, pattern=r"^#[0-9a-fA-F]{6}$")


MAX_SCALE = 20.0  # the largest a picture is drawn, times its archetype's size


class Appearance(_Strict):
    scale: Annotated[float, Field(gt=0, le=MAX_SCALE)] = 1.0
    tint: str | None = Field(default=None, pattern=r"^#[0-9a-fA-F]{6}$")
    clothing: Clothing = Clothing()
    hair: Hair = Hair()
    # A material (flowers, 花朵, sand ...) or an emoji: the member is a formation of pieces of it.
    made_of: Annotated[str, Field(max_length=MAX_EMOJI_CHARS)] | None = None
    pieces: Annotated[int, Field(ge=1, le=5000)] = 300
    formation: FormationTiming = FormationTiming()
    # More than 1: the member is a group of this many copies moving together around its body:
    # a bird flock (boids), a fish school, a drifting, tumbling field of props (asteroids), a herd.
    count: Annotated[int, Field(ge=1, le=2000)] = 1

    @field_validator("made_of")
    @classmethod
    def _material(cls, v: str | None) -> str | None:
        if v is not None and is_word(v) and material(v) is None:
            raise ValueError(f"made_of must be an emoji or a material ({names()}), got {v!r}")
        return v

    @model_validator(mode="after")
    def _formed(self) -> Appearance:
        if self.made_of is None and self.formation.burst_at is not None:
            raise ValueError("formation.burst_at needs made_of (what the member's pieces are)")
        return self


# A cast id's prefix for a body the place's sky paints (the moon a prompt names: plan/sky.py): the
# world never spawns it and no shot films it, so no tool expects it on screen.
SKY = "sky-"


def in_sky(member_id: str) -> bool:
    return member_id.startswith(SKY)


class CastMember(_Strict):
    id: Id
    asset: Asset
    name: Names = Names()
    archetype: Archetype = Archetype.PROP
    appearance: Appearance = Appearance()
    # The same character's face, drawn over the head of `asset` in close-ups (not on animal faces).
    face: Asset | None = None


class Setting(_Strict):
    place: Place = Place.PLAIN
    time: TimeOfDay = TimeOfDay.DAY
    weather: Weather = Weather.CLEAR
    gravity: Annotated[float, Field(ge=0, le=100)] = 9.81


class Staging(_Strict):
    """Where an entity starts in the scene. y defaults to standing on the ground."""

    x: Coord = 0.0
    y: Coord | None = None
    facing: Literal["left", "right"] = "right"
    # Depth plane counted from the camera: 0 the nearest, 2 the drawn ground line (world/crowd.py).
    # None lets the world pick a free plane. "A in front of B" is A on a nearer plane than B.
    depth: Annotated[int, Field(ge=0, le=2)] | None = None


class Action(_Strict):
    at: Time
    until: Time | None = None
    who: Ref
    do: Verb
    to_x: Coord | None = None  # target for walk, run and jump
    speed: Annotated[float, Field(gt=0, le=MAX_SPEED)] | None = None
    to_y: Coord | None = None  # target height for fly, glide and swim
    target: Ref | None = None  # a cast id: whom to chase, flee, punch, follow, approach; or what is held

    @model_validator(mode="after")
    def _order(self) -> Action:
        if self.until is not None and self.until <= self.at:
            raise ValueError(f"until must be > at ({self.at}), got {self.until}")
        return self


class Keyframe(_Strict):
    """Pins a member's position or facing at one moment; the world interpolates between pins."""

    at: Time
    who: Ref
    x: Coord | None = None
    y: Coord | None = None
    facing: Literal["left", "right"] | None = None


class EffectKind(StrEnum):
    FIRE = "fire"  # flames and smoke, on a member (a burning house) or on the ground at x
    SMOKE = "smoke"  # a rising column
    SPARKS = "sparks"  # showers of sparks
    FIREWORKS = "fireworks"  # shells bursting in the sky
    EXPLOSION = "explosion"  # one blast at `at`: fire, smoke and sparks thrown out
    LIGHTNING = "lightning"  # bolts from the sky to the ground, a few seconds apart
    WATER = "water"  # a jet of water from `on` towards `target` (or its facing)
    BUBBLES = "bubbles"  # rising bubbles
    CONFETTI = "confetti"  # fluttering paper
    INK = "ink"  # a dark cloud spreading in water or air


class Effect(_Strict):
    """Something in the air of a scene, named by words: fire, smoke, fireworks, lightning ..."""

    kind: EffectKind
    at: Time = 0.0
    until: Time | None = None  # None: to the end of the scene
    on: Ref | None = None  # a cast id the effect belongs to (what burns, who sprays)
    target: Ref | None = None  # a cast id a water jet is aimed at (a fire it puts out)
    x: Coord | None = None  # metres; default: the member it is on, else the scene's centre
    y: Coord | None = None  # metres above the ground; default by kind (fireworks high in the sky)


class Shot(_Strict):
    id: Id
    duration: float
    size: ShotSize = ShotSize.WIDE
    subjects: list[Ref] = Field(default_factory=list, max_length=MAX_IN_SCENE)
    move: CameraMove = CameraMove.STATIC
    transition: Transition = Transition.CUT
    description: Text = ""
    title: Text = ""  # non-empty: the shot is a title card with this text (the world is not shown)
    subtitle: Text = ""  # shown at the foot of the frame for the whole shot; Chinese or English
    narration: Text = ""  # spoken over the shot when the film has a `voice`; never shown
    spoken: bool = True  # False: the film's voice leaves this shot's lines unspoken
    # The world's speed while this shot films it: below 1 slow motion, above 1 time-lapse.
    speed: Annotated[float, Field(ge=0.05, le=16)] = 1.0

    @field_validator("duration")
    @classmethod
    def _positive(cls, v: float) -> float:
        if not v > 0:
            raise ValueError(f"must be > 0, got {v:g}")
        return v


class Scene(_Strict):
    id: Id
    setting: Setting = Setting()
    staging: dict[Ref, Staging] = Field(default_factory=dict, max_length=MAX_IN_SCENE)
    actions: list[Action] = Field(default_factory=list, max_length=MAX_ACTIONS)
    shots: list[Shot] = Field(min_length=1, max_length=MAX_SHOTS)
    keyframes: list[Keyframe] = Field(default_factory=list, max_length=MAX_KEYFRAMES)
    effects: list[Effect] = Field(default_factory=list, max_length=MAX_EFFECTS)
    # The world's speed for a moment after a punch lands (1 = no slow motion). Film time runs on,
    # so the actions after a hit happen a little later on screen.
    slow_motion: Annotated[float, Field(gt=0, le=1)] = 0.35
    style: Style | None = None  # None: the film's style

    @property
    def duration(self) -> float:
        return sum(s.duration for s in self.shots)

    def mentioned(self) -> set[str]:
        """The cast ids this scene names: the members its world holds."""
        ids = set(self.staging)
        ids.update(a.who for a in self.actions)
        ids.update(a.target for a in self.actions if a.target is not None)
        ids.update(k.who for k in self.keyframes)
        ids.update(s for shot in self.shots for s in shot.subjects)
        return ids


class Mood(StrEnum):
    """The score's mood: key, tempo and instrument follow from it (docs/sound.md)."""

    NIGHT = "night"
    ACTION = "action"
    WONDER = "wonder"
    SORROW = "sorrow"
    CALM = "calm"


class Instrument(StrEnum):
    PIANO = "piano"
    STRINGS = "strings"
    PAD = "pad"
    HARP = "harp"
    BELLS = "bells"
    FLUTE = "flute"


class Score(_Strict):
    """The film's music. Unset fields follow each scene's mood (inferred from its setting and actions)."""

    mood: Mood | None = None
    tempo: Annotated[int, Field(ge=40, le=200)] | None = None  # beats a minute
    instrument: Instrument | None = None


class VoiceLines(StrEnum):
    SUBTITLES = "subtitles"
    NARRATION = "narration"
    ALL = "all"


class Language(StrEnum):
    AUTO = "auto"  # per line: Chinese where it has Han characters, else English
    EN = "en"
    ZH = "zh"


class VoiceVariant(StrEnum):
    MALE = "male"
    FEMALE = "female"


class Voice(_Strict):
    """Which lines are spoken, and how (espeak-ng; docs/sound.md)."""

    lines: VoiceLines = VoiceLines.ALL
    language: Language = Language.AUTO
    variant: VoiceVariant = VoiceVariant.FEMALE
    rate: Annotated[int, Field(ge=80, le=300)] = 150  # words a minute


class Screenplay(_Strict):
    """A film: cast, scenes, shots. The shots of a scene are cameras on one simulated world."""

    kinema: Literal[1] = Field(description="Screenplay format version; must be 1.")
    title: Text = ""
    prompt: Annotated[str, Field(max_length=MAX_PROMPT_CHARS)] = ""
    seed: int = 0
    format: Format = Format()
    cast: list[CastMember] = Field(default_factory=list, max_length=MAX_CAST)
    scenes: list[Scene] = Field(min_length=1, max_length=MAX_SCENES)
    score: Score | None = None  # the music; None: from each scene's mood
    voice: Voice | None = None  # speak the shots' lines; None: nothing is spoken
    style: Style = Style.PLAIN  # the film's look; a scene's own `style` wins for that scene
    # What the planner approximated; informational.
    notes: list[Text] = Field(default_factory=list, max_length=MAX_NOTES)

    @property
    def duration(self) -> float:
        return sum(s.duration for s in self.scenes)

    def member(self, cast_id: str) -> CastMember:
        for m in self.cast:
            if m.id == cast_id:
                return m
        raise KeyError(cast_id)

    @model_validator(mode="after")
    def _references(self) -> Screenplay:
        ids = [m.id for m in self.cast]
        _unique(ids, "cast")
        _unique([s.id for s in self.scenes], "scenes")
        seen_shots: dict[str, tuple[int, int]] = {}
        for si, scene in enumerate(self.scenes):
            for hi, shot in enumerate(scene.shots):
                if shot.id in seen_shots:
                    raise _at(("scenes", si, "shots", hi, "id"), f"duplicate shot id {shot.id!r} (first used "
                              f"at scenes[{seen_shots[shot.id][0]}].shots[{seen_shots[shot.id][1]}])")
                seen_shots[shot.id] = (si, hi)
                if shot.duration * self.format.fps < 1:
                    raise _at(("scenes", si, "shots", hi, "duration"),
                              f"must last at least one frame ({1 / self.format.fps:.4g} s at "
                              f"{self.format.fps} fps), got {shot.duration:g}")
        known = set(ids)
        for si, scene in enumerate(self.scenes):
            for name in scene.staging:
                if name not in known:
                    raise _at(("scenes", si, "staging", name), f"{name!r} is not in the cast")
            for ai, act in enumerate(scene.actions):
                if act.who not in known:
                    raise _at(("scenes", si, "actions", ai, "who"),
                              f"{act.who!r} is not in the cast (known: {sorted(known)})")
                if act.target is not None and act.target not in known:
                    raise _at(("scenes", si, "actions", ai, "target"),
                              f"{act.target!r} is not in the cast (known: {sorted(known)})")
            for ki, key in enumerate(scene.keyframes):
                if key.who not in known:
                    raise _at(("scenes", si, "keyframes", ki, "who"),
                              f"{key.who!r} is not in the cast (known: {sorted(known)})")
            for ei, fx in enumerate(scene.effects):
                for fld in ("on", "target"):
                    ref = getattr(fx, fld)
                    if ref is not None and ref not in known:
                        raise _at(("scenes", si, "effects", ei, fld),
                                  f"{ref!r} is not in the cast (known: {sorted(known)})")
                if fx.until is not None and fx.until <= fx.at:
                    raise _at(("scenes", si, "effects", ei, "until"),
                              f"must be after at ({fx.at:g}), got {fx.until:g}")
            for hi, shot in enumerate(scene.shots):
                for ki, subj in enumerate(shot.subjects):
                    if subj not in known:
                        raise _at(("scenes", si, "shots", hi, "subjects", ki),
                                  f"{subj!r} is not in the cast (known: {sorted(known)})")
        if self.duration > MAX_FILM_SECONDS:
            raise _at(("scenes",), f"the film lasts {self.duration:g} s; the cap is "
                                   f"{MAX_FILM_SECONDS} s ({MAX_FILM_SECONDS // 60} minutes)")
        self._budgets()
        return self

    def _budgets(self) -> None:
        """Caps on the work the film asks for, checked before any of it starts."""
        shots = sum(len(s.shots) for s in self.scenes)
        if shots > MAX_SHOTS:
            raise _at(("scenes",), f"the film has {shots} shots; the cap is {MAX_SHOTS:,}")
        frames = sum(round(s.duration * self.format.fps) for s in self.scenes)
        if frames > MAX_FILM_FRAMES:
            raise _at(("scenes",), f"the film has {frames:,} frames ({self.duration:g} s at "
                                   f"{self.format.fps} fps); the cap is {MAX_FILM_FRAMES:,} frames")
        cast = {m.id: m for m in self.cast}
        for si, scene in enumerate(self.scenes):
            ids = sorted(scene.mentioned())
            if len(ids) > MAX_IN_SCENE:
                raise _at(("scenes", si), f"the scene holds {len(ids)} cast members; the cap is "
                                          f"{MAX_IN_SCENE}")
            copies = sum(_copies(cast[i]) for i in ids)
            if copies > MAX_SCENE_COPIES:
                raise _at(("scenes", si), f"the scene's groups and formations hold {copies:,} copies "
                                          f"(appearance.count and appearance.pieces of its members); "
                                          f"the cap is {MAX_SCENE_COPIES:,}")
            self._shot_budgets(si, scene, copies)

    def _shot_budgets(self, si: int, scene: Scene, copies: int) -> None:
        """A shot's states are held while it is filmed: cap its frames, and its copies x frames."""
        fps, t, prev = self.format.fps, 0.0, 0
        for hi, shot in enumerate(scene.shots):
            t += shot.duration
            frames, prev = round(t * fps) - prev, round(t * fps)  # as the film counts them
            where = ("scenes", si, "shots", hi, "duration")
            if frames > MAX_SHOT_FRAMES:
                raise _at(where, f"the shot has {frames:,} frames ({shot.duration:g} s at {fps} fps); the cap "
                                 f"is {MAX_SHOT_FRAMES:,} frames a shot: split it into shorter shots")
            if copies * frames > MAX_SHOT_COPY_FRAMES:
                raise _at(where, f"the shot films {copies:,} copies for {frames:,} frames "
                                 f"({copies * frames:,} copy-frames); the cap is {MAX_SHOT_COPY_FRAMES:,}: "
                                 f"shorten the shot or lower appearance.count or pieces")


class ReferenceError_(ValueError):
    """A cross-reference error that knows the field path it belongs to."""

    def __init__(self, loc: tuple[str | int, ...], msg: str) -> None:
        super().__init__(msg)
        self.loc = loc
        self.msg = msg


def _at(loc: tuple[str | int, ...], msg: str) -> ReferenceError_:
    return ReferenceError_(loc, msg)


def _copies(member: CastMember) -> int:
    """What a member adds to its scene's world each frame: formation pieces or group copies."""
    look = member.appearance
    if look.made_of is not None:
        return look.pieces
    return look.count if look.count > 1 else 0  # a lone member is a body, not a copy


def _unique(ids: list[str], where: str) -> None:
    seen: set[str] = set()
    for i, x in enumerate(ids):
        if x in seen:
            raise _at((where, i, "id"), f"duplicate id {x!r}")
        seen.add(x)
