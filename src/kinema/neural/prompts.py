"""The English prompt for one shot, composed from its job: setting, cast, action, size and move.

Text encoders of the open video models are trained on English captions, so the prompt is
English whatever language the screenplay's names are in. Everything comes from the job, so
the same shot always gets the same prompt, and a cast member is described the same way
in every shot that shows it.
"""

from __future__ import annotations

from collections import Counter

import emoji as emoji_names

from kinema.film.job import ShotJob
from kinema.screenplay.model import CameraMove, CastMember, Setting, ShotSize, Style

NEGATIVE_PROMPT = ("cartoon, emoji, flat vector art, text, watermark, blurry, jpeg artifacts, deformed, "
                   "extra limbs, flicker, static frame")
STYLE = "photorealistic, natural light, cinematic film still, 35mm, shallow depth of field"
# The screenplay's `style` in the words a caption would use (render/style.py draws the same looks).
LOOKS = {
    Style.NOIR: "black and white film noir, high contrast, film grain",
    Style.SEPIA: "vintage sepia film, faded, dust and scratches",
    Style.NEON: "cyberpunk, neon magenta and cyan light, night",
    Style.WATERCOLOUR: "watercolour painting, soft washes bleeding on paper",
    Style.INK: "Chinese ink wash painting, black ink on rice paper",
    Style.IMPASTO: "oil painting in the style of Van Gogh, thick swirling brush strokes",
    Style.SKETCH: "pencil sketch on white paper, hatching",
    Style.PIXEL: "pixel art, 16-bit video game",
    Style.COMIC: "comic book art, bold outlines, flat colours, halftone dots",
    Style.UKIYOE: "ukiyo-e Japanese woodblock print, flat muted colours",
}

SIZES = {
    ShotSize.EXTREME_WIDE: "extreme wide shot",
    ShotSize.WIDE: "wide shot",
    ShotSize.FULL: "full shot",
    ShotSize.MEDIUM: "medium shot",
    ShotSize.MEDIUM_CLOSE: "medium close-up",
    ShotSize.CLOSE_UP: "close-up",
    ShotSize.EXTREME_CLOSE_UP: "extreme close-up",
}
MOVES = {
    CameraMove.STATIC: "static camera",
    CameraMove.PAN: "the camera pans sideways",
    CameraMove.PUSH_IN: "the camera slowly pushes in",
    CameraMove.PULL_OUT: "the camera slowly pulls out",
    CameraMove.TRACK: "tracking shot following the subject",
}
PLACES = {
    "mountains": "on a rocky mountain peak above jagged ridges",
    "city": "in a city among tall buildings",
    "street": "on a city street",
    "forest": "in a forest",
    "beach": "on a sandy beach by the sea",
    "desert": "in a sand desert",
    "snowfield": "on a wide snowfield",
    "space": "in outer space among the stars",
    "underwater": "underwater",
    "room": "in a room",
    "ring": "in a boxing ring",
    "wall": "by a wall",
    "road": "on a country road",
    "plain": "on an open grassy plain",
}
TIMES = {"dawn": "at dawn", "day": "in daylight", "sunset": "at sunset", "night": "at night under the moon"}
WEATHER = {"clear": "", "rain": "in the rain", "snow": "while snow falls", "fog": "in fog",
           "wind": "in strong wind"}
VERBS = {
    "idle": "stands still", "walk": "walks", "run": "runs", "jump": "leaps", "howl": "howls at the sky",
    "look": "looks up", "fly": "flies", "glide": "glides", "swim": "swims", "chase": "chases",
    "flee": "flees", "punch": "punches", "knead": "kneads with its paws", "drive": "drives",
    "fall": "falls", "pounce": "pounces", "crouch": "crouches", "burst": "bursts", "dance": "dances",
    "ignite": "fires its engines", "follow": "follows", "approach": "approaches",
}
COLOURS = {
    (0, 0, 0): "black", (255, 255, 255): "white", (128, 128, 128): "grey", (200, 30, 30): "red",
    (240, 130, 30): "orange", (240, 210, 40): "yellow", (40, 160, 60): "green", (40, 90, 220): "blue",
    (130, 60, 180): "purple", (240, 140, 180): "pink", (130, 80, 40): "brown",
}


def _words(value: str) -> str:
    return value.replace("-", " ").replace("_", " ")


def colour_name(hex_rgb: str) -> str:
    """The nearest plain colour word for #rrggbb."""
    rgb = tuple(int(hex_rgb[i:i + 2], 16) for i in (1, 3, 5))
    return min(COLOURS.items(), key=lambda kv: sum((a - b) ** 2 for a, b in zip(kv[0], rgb, strict=True)))[1]


def describe_member(member: CastMember) -> str:
    """'a grey wolf': the English name, else the emoji's name, else the id; the tint as a colour."""
    name = member.name.en.strip()
    if not name and member.asset.emoji:
        name = emoji_names.demojize(member.asset.emoji, delimiters=("", "")).replace("_", " ")
        name = name.removesuffix(" face").strip()
    name = name or _words(member.id)
    if member.appearance.tint:
        name = f"{colour_name(member.appearance.tint)} {name}"
    return f"a {name}"


def describe_setting(setting: Setting) -> str:
    place = PLACES.get(setting.place.value, f"in a {_words(setting.place.value)}")
    parts = [place, TIMES.get(setting.time.value, _words(setting.time.value)),
             WEATHER.get(setting.weather.value, _words(setting.weather.value))]
    return " ".join(p for p in parts if p)


def compose_prompt(job: ShotJob) -> str:
    """One English sentence set per shot: who does what, where, and how the camera films it."""
    members = {m.id: m for m in job.cast}
    shown = [i for i in (job.shot.subjects or list(members)) if i in members]
    mid = job.states[len(job.states) // 2] if job.states else None
    clauses = []
    for mid_id in shown:
        verbs: Counter[str] = Counter()
        for state in job.states:
            e = state.entity(mid_id)
            if e is not None:
                verbs[e.verb] += 1
        verb = verbs.most_common(1)[0][0] if verbs else "idle"
        e = mid.entity(mid_id) if mid is not None else None
        action = VERBS.get(verb, _words(verb) + "s")
        if e is not None and verb in ("walk", "run", "fly", "swim", "drive", "flee", "chase"):
            action += " to the right" if e.vx >= 0 else " to the left"
        clauses.append(f"{describe_member(members[mid_id])} {action}")
    who = ", and ".join(clauses) if clauses else "an empty landscape"
    parts = [f"{SIZES.get(job.shot.size, _words(job.shot.size.value))} of {who} "
             f"{describe_setting(job.setting)}",
             MOVES.get(job.shot.move, _words(job.shot.move.value))]
    note = job.shot.description.strip()
    if note and note.isascii():  # a Chinese note would only confuse an English text encoder
        parts.append(note)
    if job.shot.speed != 1:
        parts.append("in slow motion" if job.shot.speed < 1 else "time-lapse")
    parts.append(LOOKS.get(job.style, STYLE))
    return ", ".join(parts) + "."
