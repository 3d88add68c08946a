"""A film from a sentence, and every edit the studio makes to one.

Edits change the screenplay's JSON and go back through the screenplay's own validation, so a
bad value is refused with the field it names, exactly as `kinema edit` and `kinema render`
refuse it. Each function returns the new screenplay and what changed, in words.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from kinema.errors import KinemaError, ScreenplayError
from kinema.screenplay.load import validate
from kinema.screenplay.model import Screenplay


class EditProblem(KinemaError):
    """An edit the screenplay refuses: `field` is the request's field, `path` the screenplay's."""

    def __init__(self, field: str, message: str, path: str = "", status: int = 422) -> None:
        self.field, self.message, self.path, self.status = field, message, path, status
        super().__init__(f"{field}: {message}")


class NotFound(KinemaError):
    pass


@dataclass(frozen=True)
class Made:
    play: Screenplay
    notes: list[str]


def make(prompt: str, duration: float, aspect: str | None, lang: str, seed: int,
         resolution: str | None = None, fps: int | None = None, dailies: bool = True) -> Made:
    """Plan the film as `kinema plan` does: the rule planner, the picture asked for, then dailies."""
    from kinema.plan import plan
    from kinema.screenplay.model import Format
    from kinema.screenplay.picture import picture

    fmt = picture(Format(), aspect, resolution, fps)
    result = plan(prompt, duration=duration, lang=lang, seed=seed)
    notes = list(result.notes)
    data = result.screenplay.model_dump(mode="json")
    data["format"] = fmt.model_dump(mode="json")
    play = validate(data, "the planned film")
    if dailies:
        from kinema.plan.dailies import review

        play, mended, _ = review(play)
        notes += mended
    return Made(play, notes)


def _checked(data: dict[str, Any], fields: dict[str, Any]) -> Screenplay:
    """The edited screenplay, or an EditProblem naming the request's field the screenplay refused."""
    try:
        return validate(data, "film")
    except ScreenplayError as e:
        last = e.path.replace("]", "").replace("[", ".").split(".")
        named = [p for p in reversed(last) if p in fields]
        raise EditProblem(named[0] if named else (e.path or "screenplay"), e.message, e.path) from None


def _shot(data: dict[str, Any], shot_id: str) -> tuple[dict[str, Any], int, dict[str, Any]]:
    for scene in data["scenes"]:
        for i, shot in enumerate(scene["shots"]):
            if shot["id"] == shot_id:
                return scene, i, shot
    raise NotFound(f"no shot {shot_id!r} in this film")


def _given(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v is not None}


def edit_shot(play: Screenplay, shot_id: str, fields: dict[str, Any]) -> tuple[Screenplay, str]:
    data = play.model_dump(mode="json")
    _, _, shot = _shot(data, shot_id)
    given = _given(fields)
    if not given:
        raise EditProblem("body", "say what to change: size, move, duration, description or subjects")
    shot.update(given)
    return _checked(data, given), f"shot {shot_id}: {', '.join(sorted(given))}"


def insert_shot(play: Screenplay, after: str, fields: dict[str, Any]) -> tuple[Screenplay, str]:
    """A new shot after `after`, like it unless told otherwise, with a fresh id (s1-2.1)."""
    data = play.model_dump(mode="json")
    scene, i, prev = _shot(data, after)
    ids = {s["id"] for sc in data["scenes"] for s in sc["shots"]}
    new_id = next(f"{after}.{k}" for k in range(1, 10_000) if f"{after}.{k}" not in ids)
    shot = {"id": new_id, "duration": prev["duration"], "size": prev["size"], "move": prev["move"],
            "subjects": copy.deepcopy(prev["subjects"])}
    given = _given(fields)
    shot.update(given)
    scene["shots"].insert(i + 1, shot)
    return _checked(data, given), f"inserted shot {new_id} after {after}"


def delete_shot(play: Screenplay, shot_id: str) -> tuple[Screenplay, str]:
    data = play.model_dump(mode="json")
    scene, i, _ = _shot(data, shot_id)
    if len(scene["shots"]) == 1:
        raise EditProblem("shot_id", f"{shot_id!r} is the only shot of scene {scene['id']!r}; a scene needs "
                          f"at least one shot", status=409)
    del scene["shots"][i]
    return _checked(data, {}), f"deleted shot {shot_id}"


def reorder(play: Screenplay, order: list[str]) -> tuple[Screenplay, str]:
    """The shots in `order`: every shot once, each in its own scene (a scene is one world filmed)."""
    data = play.model_dump(mode="json")
    ids = [s["id"] for sc in data["scenes"] for s in sc["shots"]]
    if sorted(order) != sorted(ids):
        raise EditProblem("order", f"must list every shot of the film once, got {order} (shots: {ids})")
    scene_of = {s["id"]: sc["id"] for sc in data["scenes"] for s in sc["shots"]}
    by_id = {s["id"]: s for sc in data["scenes"] for s in sc["shots"]}
    for sc in data["scenes"]:
        mine = [i for i in order if scene_of[i] == sc["id"]]
        sc["shots"] = [by_id[i] for i in mine]
    # Scenes keep their order; a shot moved into another scene's run is refused.
    runs = [scene_of[i] for i in order]
    flat = [scene_of[s["id"]] for sc in data["scenes"] for s in sc["shots"]]
    if runs != flat:
        raise EditProblem("order", "a shot can move only within its own scene (each scene is one world "
                          "filmed by its shots)")
    if [s["id"] for sc in data["scenes"] for s in sc["shots"]] == ids:
        raise EditProblem("order", "the order is unchanged")
    return _checked(data, {}), "reordered shots"


def _member(data: dict[str, Any], member_id: str) -> dict[str, Any]:
    for m in data["cast"]:
        if m["id"] == member_id:
            return m  # type: ignore[no-any-return]
    raise NotFound(f"no cast member {member_id!r} in this film")


def edit_cast(play: Screenplay, member_id: str, fields: dict[str, Any]) -> tuple[Screenplay, str]:
    """tint and scale go to the member's appearance, top, bottom and shoes to its clothing,
    hair_style and hair_colour to its hair ("" for the face emoji's own), name_en and name_zh to its
    names."""
    data = play.model_dump(mode="json")
    m = _member(data, member_id)
    given = _given(fields)
    if not given:
        raise EditProblem("body", "say what to change: tint, top, bottom, shoes, hair_style, hair_colour, "
                                  "scale, name_en or name_zh")
    for k in ("tint", "scale"):
        if k in given:
            m["appearance"][k] = given[k]
    for k in ("top", "bottom", "shoes"):
        if k in given:
            m["appearance"].setdefault("clothing", {})[k] = given[k]
    for k in ("hair_style", "hair_colour"):
        if k in given:
            m["appearance"].setdefault("hair", {})[k[5:]] = given[k] or None
    for k in ("name_en", "name_zh"):
        if k in given:
            m["name"][k[5:]] = given[k]
    path_fields = {**given, "en": 1, "zh": 1, "style": 1, "colour": 1}
    try:
        return _checked(data, path_fields), f"cast {member_id}: {', '.join(sorted(given))}"
    except EditProblem as e:
        e.field = {"en": "name_en", "zh": "name_zh", "style": "hair_style", "colour": "hair_colour"}.get(
            e.field, e.field)
        raise


def cast_image(play: Screenplay, member_id: str, file: str) -> tuple[Screenplay, str]:
    """The member drawn from the user's own picture (a file beside the film's screenplay)."""
    data = play.model_dump(mode="json")
    m = _member(data, member_id)
    m["asset"] = {"file": file}
    m["face"] = None
    return _checked(data, {"file": 1}), f"cast {member_id}: own image"


def edit_setting(play: Screenplay, scene_id: str, fields: dict[str, Any]) -> tuple[Screenplay, str]:
    data = play.model_dump(mode="json")
    scene = next((sc for sc in data["scenes"] if sc["id"] == scene_id), None)
    if scene is None:
        raise NotFound(f"no scene {scene_id!r} in this film")
    given = _given(fields)
    if not given:
        raise EditProblem("body", "say what to change: place, time or weather")
    scene["setting"].update(given)
    return _checked(data, given), f"setting of {scene_id}: {', '.join(sorted(given))}"


# An uploaded SVG is refused, not cleaned, when it could run or fetch anything: scripts, event
# handlers, foreign objects, and references outside the file (only "#id" and inline data: PNGs).
_SVG_ACTIVE = re.compile(rb"<\s*(script|foreignObject|iframe|object|embed)\b|\son\w+\s*=|@import|<!ENTITY",
                         re.IGNORECASE)
_SVG_REF = re.compile(rb"""(?:href|src)\s*=\s*["']\s*([^"'#\s][^"']*)["']|url\(\s*["']?\s*([^#"')\s][^)"']*)""",
                      re.IGNORECASE)


def check_svg(blob: bytes) -> None:
    m = _SVG_ACTIVE.search(blob)
    if m:
        raise EditProblem("file", f"the SVG holds {m.group(0).decode(errors='replace').strip()!r}; scripts, "
                          f"event handlers, entities and embedded documents are refused")
    for ref in _SVG_REF.finditer(blob):
        target = (ref.group(1) or ref.group(2) or b"").decode(errors="replace")
        if not target.startswith("data:image/png"):
            raise EditProblem("file", f"the SVG refers to {target[:60]!r} outside itself; only #ids and "
                              f"inline PNG data are allowed")
