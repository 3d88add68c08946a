"""Names an editor reads: clip names, EDL reel names, media file names, marker names.

Everything here is a pure function of the screenplay, in film order, so the same film gets
the same names on every machine, and an imported EDL's reels map back to their shots.
"""

from __future__ import annotations

import re

from kinema.screenplay.model import Shot

REEL_CHARS = 8  # CMX 3600: a reel name is at most eight characters
_CLIP_TEXT = 100  # a description longer than this is cut in the clip's name


def clip_name(shot: Shot) -> str:
    """`id: description` on one line (an EDL comment ends at a newline)."""
    text = " ".join(shot.description.split())
    if len(text) > _CLIP_TEXT:
        text = text[:_CLIP_TEXT - 1].rstrip() + "…"
    return f"{shot.id}: {text}" if text else shot.id


def reel_names(shot_ids: list[str]) -> list[str]:
    """One reel per shot: upper-case letters and digits, at most eight, all different.

    The CMX adapter keeps only letters and digits, so `s1-2` becomes `S12`; a name taken
    already (`s12` and `s1-2`, or two long ids that share their first eight characters) gets
    a number at its end in film order: `S12`, `S122`, or `LONGSH02` for a long one.
    """
    taken: set[str] = set()
    out = []
    for shot_id in shot_ids:
        base = re.sub(r"[^A-Z0-9]", "", shot_id.upper()) or "SHOT"
        name = base[:REEL_CHARS]
        n = 1
        while name in taken:
            n += 1
            tail = str(n)
            name = base[:REEL_CHARS - len(tail)] + tail if len(base) + len(tail) > REEL_CHARS else base + tail
        taken.add(name)
        out.append(name)
    return out


def media_names(shot_ids: list[str], ext: str) -> list[str]:
    """`001-a.mov`, `002-b.mov` ...: unique even on a case-insensitive disk, in film order."""
    width = max(3, len(str(len(shot_ids))))
    return [f"{i:0{width}d}-{shot_id}.{ext}" for i, shot_id in enumerate(shot_ids, start=1)]


def shot_of_media(name: str) -> str | None:
    """The shot id in a media file name from `media_names`, or None."""
    m = re.fullmatch(r"\d{3,}-(.+)\.[A-Za-z0-9]+", name)
    return m.group(1) if m else None


_EVENT_WORDS = {
    "hit": "{0} hits {1}", "bump": "{0} bumps {1}", "land": "{0} lands", "takeoff": "{0} takes off",
    "ignite": "{0} ignites", "burst": "{0} bursts", "formed": "{0} forms",
}


def marker_name(event: str) -> str:
    """`hit:a:b` → `a hits b`; an event kind this table does not know keeps its raw name."""
    kind, *who = event.split(":")
    words = _EVENT_WORDS.get(kind)
    if words is None or len(who) < words.count("{"):
        return event
    return words.format(*who)
