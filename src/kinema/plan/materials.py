"""Formations from words: "a whale made of stars", 沙子组成的骆驼, "a dragon of fire".

A pass over the planned screenplay, after the parser and the director (one call at the end of
`director.plan`), so it depends only on the prompt's text and the cast's names: the member
named before "made of / of MATERIAL" (or after MATERIAL组成的) becomes a formation of that
material, a member cast for the material word alone is dropped, the formation bursts and
reforms in its scene, and the scene's shots become a closer shot before the burst, a wide one
for the burst and a closer one for the reform.
"""

from __future__ import annotations

import re
from typing import Any

from kinema.materials import MATERIALS, Material
from kinema.screenplay.model import Screenplay

PIECES = 450  # the flower tiger's count: a readable picture, well inside the real-time budget
_WORDS = sorted(((w, m) for m in MATERIALS for w in (*m.en, *m.zh)), key=lambda x: -len(x[0]))
_EN_MAT = "|".join(re.escape(w) for w, _ in _WORDS if w.isascii())
_ZH_MAT = "|".join(re.escape(w) for w, _ in _WORDS if not w.isascii())
_EN = re.compile(rf"\b([a-z]+)\s+(?:made\s+(?:out\s+)?of|made\s+from|built\s+(?:of|from)|composed\s+of"
                 rf"|formed\s+(?:of|from)|of)\s+(?:[a-z]+\s+){{0,2}}?({_EN_MAT})\b", re.IGNORECASE)
_ZH = re.compile(rf"({_ZH_MAT})(?:组成|构成|做成|拼成|堆成|聚成|化成)的?")
# A face-only emoji (the usual cast for "tiger") drawn as pieces would be a face: its whole animal instead.
BODY_OF = {"🐯": "🐅", "🐶": "🐕", "🐱": "🐈", "🐭": "🐁", "🐰": "🐇", "🐮": "🐄", "🐷": "🐖", "🐴": "🐎",
           "🐵": "🐒", "🐲": "🐉", "🐺": "🐕", "🦊": "🐕", "🐸": "🐸", "🐻": "🐻", "🐼": "🐼"}
_WIND_WORDS = ("吹散", "blown apart", "blown away", "blows apart", "wind scatters", "scattered by the wind")
_FALL_WORDS = ("falls apart", "crumbles", "collapses", "散落", "崩塌")


def _by_word(word: str) -> Material | None:
    w = word.lower()
    return next((m for k, m in _WORDS if k.lower() == w), None)


def _find(prompt: str, play: Screenplay) -> list[tuple[str, Material]]:
    """(cast id, material) for each shape the prompt builds out of a material."""
    found: list[tuple[str, Material]] = []
    for m in _EN.finditer(prompt):
        shape, mat = m.group(1).lower(), _by_word(m.group(2))
        who = next((c.id for c in play.cast if c.id == shape or shape in c.name.en.lower().split()), None)
        if who is None and m.group(0).lower().split()[1] != "of":
            who = _nearest(prompt[: m.start(2)], play, en=True)  # "a blue whale made of": the name before
        if who is not None and mat is not None:
            found.append((who, mat))
    for m in _ZH.finditer(prompt):
        mat = _by_word(m.group(1))
        after = prompt[m.end():]
        who = next((c.id for c in sorted(play.cast, key=lambda c: after.find(c.name.zh) if c.name.zh else 99)
                    if c.name.zh and c.name.zh in after[:8]), None)
        if who is not None and mat is not None:
            found.append((who, mat))
    return list(dict.fromkeys(found))


def _nearest(before: str, play: Screenplay, en: bool) -> str | None:
    best, at = None, -1
    for c in play.cast:
        name = c.name.en if en else c.name.zh
        if name:
            k = before.lower().rfind(name.lower())
            if k > at:
                best, at = c.id, k
    return best


def formations(prompt: str, play: Screenplay, notes: list[str]) -> tuple[Screenplay, list[str]]:
    """The planned film with the prompt's formations made, burst and filmed; notes say what was done."""
    found = _find(prompt, play)
    if not found:
        return play, notes
    data: dict[str, Any] = play.model_dump(mode="json")
    shapes = {who for who, _ in found}
    low = prompt.lower()
    wind = any(w in low for w in _WIND_WORDS)
    fall = any(w in low for w in _FALL_WORDS)
    for who, mat in found:
        member = next(c for c in data["cast"] if c["id"] == who)
        if member["asset"].get("emoji") in BODY_OF:  # the pieces draw the whole animal, not its face
            member["asset"]["emoji"] = BODY_OF[member["asset"]["emoji"]]
        look = member["appearance"]
        look["made_of"], look["count"] = mat.name, 1
        look["pieces"] = max(look.get("pieces", 300), PIECES)
        name = member["name"]["en"] or who
        notes.append(f"'{name}' is made of {mat.name} ({mat.zh[0]}): it bursts in the air and reforms")
    # A member cast for the material's word alone ("stars", 沙子 as the earth) is the pieces instead.
    material_emoji = {e for _, m in found for e in m.emoji}
    material_names = {w.lower() for _, m in found for w in (*m.en, *m.zh, m.name)}
    gone = {c["id"] for c in data["cast"] if c["id"] not in shapes and (
        (c["asset"].get("emoji") in material_emoji) or c["name"]["en"].lower() in material_names
        or c["name"]["zh"] in material_names)}
    data["cast"] = [c for c in data["cast"] if c["id"] not in gone]
    for scene in data["scenes"]:
        _drop(scene, gone)
        here = [w for w, _ in found if _in_scene(scene, w)]
        if here:
            _burst_and_film(scene, here[0], data, wind, fall)
    data["notes"] = list(dict.fromkeys([*data.get("notes", []), *notes]))
    return Screenplay.model_validate(data), list(dict.fromkeys(notes))


def _in_scene(scene: dict[str, Any], who: str) -> bool:
    return who in scene.get("staging", {}) or any(who in s.get("subjects", []) for s in scene["shots"]) or any(
        a["who"] == who for a in scene.get("actions", []))


def _drop(scene: dict[str, Any], gone: set[str]) -> None:
    if not gone:
        return
    scene["staging"] = {k: v for k, v in scene.get("staging", {}).items() if k not in gone}
    scene["actions"] = [a for a in scene.get("actions", [])
                        if a["who"] not in gone and a.get("target") not in gone]
    scene["keyframes"] = [k for k in scene.get("keyframes", []) if k["who"] not in gone]
    scene["effects"] = [e for e in scene.get("effects", [])
                        if e.get("on") not in gone and e.get("target") not in gone]
    for shot in scene["shots"]:
        shot["subjects"] = [s for s in shot.get("subjects", []) if s not in gone]


def _burst_and_film(scene: dict[str, Any], who: str, data: dict[str, Any], wind: bool, fall: bool) -> None:
    """A burst in the middle of the scene, a wide shot for it and a closer one for the reform. The burst
    spreads about two and a half body heights around the shape: `extreme-wide` keeps it in frame
    (evaluate/formation.py measures it), where `wide` lost a quarter of the pieces off its edges."""
    length = round(sum(s["duration"] for s in scene["shots"]), 6)
    if length < 8.0 or any(s.get("title") for s in scene["shots"]):
        return
    burst = [a for a in scene.get("actions", []) if a["who"] == who and a["do"] == "burst"]
    if burst and burst[0].get("until"):
        at, reform = burst[0]["at"], burst[0]["at"] + 0.5 * (burst[0]["until"] - burst[0]["at"])
    else:
        at, reform = round(0.3 * length, 1), round(0.3 * length, 1) + min(4.0, round(0.3 * length, 1))
        member = next(c for c in data["cast"] if c["id"] == who)
        member["appearance"]["formation"] = {"burst_at": at, "reform_at": reform, "hold": 1.0,
                                             "origin": "wind" if wind else "centre", "order": "head",
                                             "fall": fall}
        scene["actions"] = [a for a in scene.get("actions", []) if not (a["who"] == who and a["do"] == "burst")]
    first = scene["shots"][0]
    subjects = list(dict.fromkeys(s for shot in scene["shots"] for s in shot.get("subjects", []))) or [who]
    sid = scene["id"]
    cut1 = round(max(1.0, at - 0.5), 3)  # the wide shot opens just before the burst
    cut2 = round(min(length - 2.0, reform + 0.6), 3)  # and holds until the pieces have turned home
    scene["shots"] = [
        {"id": f"{sid}-1", "duration": cut1, "size": "full", "subjects": subjects,
         "transition": first.get("transition", "cut"), "description": "the formation, whole"},
        {"id": f"{sid}-2", "duration": round(cut2 - cut1, 3), "size": "extreme-wide", "subjects": subjects,
         "description": "the burst"},
        {"id": f"{sid}-3", "duration": round(length - cut2, 3), "size": "full", "subjects": [who],
         "move": "push-in", "description": "the reform"},
    ]
