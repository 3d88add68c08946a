"""Set dressing: a place named by a word narrower than the world's painted places (a park is a
plain, a kitchen or a stage a room) brings the few things that make a viewer read it as that
place: trees and a fountain in a park, a goal on a pitch, a microphone on a stage.

The world paints fifteen places (screenplay Place); people name hundreds. The painter gives the
ground, sky and light of the broad place, and these pieces stand on it, behind the action or
framing it from the sides, so the wide shots say "park" and the close shots stay on the people.
The pieces are a small closed table keyed by place words, as the places themselves are (lexicon
PLACES): one line a kind of place, in both languages. Nothing here acts: the dailies and the title
leave the pieces out (their ids start with life.SET)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kinema.bodies import BODIES
from kinema.plan.catalog import cast_emoji, catalog, names
from kinema.plan.life import SET
from kinema.screenplay.model import Appearance, Asset, CastMember, Staging


@dataclass(frozen=True)
class Piece:
    name: str  # a catalog English name
    height: float  # metres, as drawn
    x: float  # metres from the action's centre, negative to the left
    depth: int = 2  # Staging.depth: 2 the back plane, behind the action; 0 in front of it


_TREES = (Piece("tree", 6.0, -9.0), Piece("evergreen tree", 7.0, 11.0), Piece("tree", 5.5, 17.0))
# A kind of place: the words that name it (en, zh), and its pieces.
KINDS: tuple[tuple[tuple[str, ...], tuple[Piece, ...]], ...] = (
    (("park", "parks", "公园"), (*_TREES, Piece("fountain", 2.2, -16.0))),
    (("garden", "gardens", "花园", "后院", "backyard"),
     (Piece("tree", 5.0, -8.0), Piece("tulip", 0.6, 4.0, 1), Piece("sunflower", 1.6, 6.5, 1))),
    (("playground", "游乐场", "儿童乐园"), (Piece("playground slide", 2.4, -7.0), Piece("tree", 6.0, 10.0))),
    (("amusement park", "fairground", "funfair", "游乐园"),
     (Piece("ferris wheel", 14.0, 14.0), Piece("circus tent", 6.0, -13.0))),
    (("circus", "马戏团", "马戏"), (Piece("circus tent", 8.0, -10.0),)),
    (("goal", "soccer field", "football pitch", "pitch", "球门", "足球场"),
     (Piece("goal net", 2.4, 9.0),)),
    (("stage", "concert", "舞台", "演唱会", "音乐会"), (Piece("microphone", 1.6, -2.5, 1),)),
    (("cafe", "café", "coffee shop", "咖啡馆", "咖啡厅", "咖啡店"),
     (Piece("chair", 0.9, -3.5, 1), Piece("potted plant", 1.2, 5.0, 1))),
    (("living room", "客厅"), (Piece("sofa", 1.0, -3.5, 2), Piece("lamp", 1.6, 4.0, 2))),
    (("library", "图书馆"), (Piece("books", 1.0, -3.5, 2), Piece("books", 1.0, 4.0, 2))),
    (("office", "办公室"), (Piece("desktop computer", 0.6, -3.0, 2), Piece("chair", 0.9, 3.5, 1))),
    (("bathroom", "浴室", "卫生间"), (Piece("bathtub", 0.8, -3.5, 2),)),
    (("campsite", "camping", "露营", "营地"), (Piece("tent", 2.0, -6.0), Piece("evergreen tree", 7.0, 10.0))),
    (("farm", "farmyard", "农场", "农庄"), (Piece("house", 7.0, -14.0), Piece("sheaf of rice", 1.2, 6.0, 1))),
    (("harbour", "harbor", "marina", "港口", "码头"), (Piece("sailboat", 5.0, 12.0),)),
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], tuple[Piece, ...]], ...]:
    """One pattern a kind: English words whole (a "pitcher" is no pitch), Chinese as written."""
    out = []
    for words, pieces in KINDS:
        en = [re.escape(w) for w in words if w.isascii()]
        zh = [re.escape(w) for w in words if not w.isascii()]
        alts = [rf"\b(?:{'|'.join(en)})\b"] if en else []
        alts += zh
        out.append((re.compile("|".join(alts), re.I), pieces))
    return tuple(out)


def dressing(text: str, taken: set[str]) -> tuple[list[CastMember], dict[str, Staging]]:
    """The pieces of the first kind of place the text names, as members (unnamed, still) and their
    staging; none where the text names no such place, or where a piece is already cast by name."""
    pieces = next((ps for pattern, ps in _patterns() if pattern.search(text)), ())
    cat = catalog()
    cast: list[CastMember] = []
    staging: dict[str, Staging] = {}
    for k, p in enumerate(pieces):
        ent = cat.en_index.get(p.name)
        if ent is None or ent.key in taken:
            continue  # a thing the prompt names is cast and staged as the prompt says
        cid = f"{SET}{ent.key.replace(' ', '-')}-{k + 1}"
        scale = round(p.height / BODIES[ent.archetype].height, 2)
        cast.append(CastMember(id=cid, asset=Asset(emoji=cast_emoji(ent)),
                               name=names(ent),
                               archetype=ent.archetype, appearance=Appearance(scale=scale)))
        staging[cid] = Staging(x=p.x, depth=p.depth, facing="left" if p.x > 0 else "right")
    return cast, staging
