"""Places that stand in the film: a scene paints one place (screenplay Place), and what else the
prompt names as a place is not lost. Three readings, each from how the place is worded:

- a landmark: a place word read through a pictured structure (the Colosseum is an amphitheatre, a
  stadium; a bus terminal and a railway station are stations) stands that picture, 🏟 or 🚉, in
  the open place it is painted as (not in a room: a hospital's inside shows no hospital);
- what a compound place is of: its first words read as a thing (a bus station's bus, a pine
  forest's pine, 火车站's train) stand that thing in it;
- a second place: where a clause names two places, the one not painted stands as its picture (the
  town at the edge of the Gobi: the desert painted and the town's buildings on it; the mountain a
  mudslide sweeps down, above the road it buries), or the picture its place is drawn as;
- a narrower made place: one the broad painted place does not show stands the picture WordNet
  says makes it that place (the builder's `_place_pieces`): a bedroom painted as the room stands
  its bed, a highway painted as the road a motorway, 机场 its airplane; where nothing above stood.

The stood pictures are set pieces: drawn at a building's size, behind the action, and never acting
(a room's piece, a bed, at its own size).
"""

from __future__ import annotations

from dataclasses import replace

from kinema.plan import lexicon as lx
from kinema.plan import open_lexicon, sky
from kinema.plan.catalog import Entity, catalog
from kinema.plan.dressing import dressing
from kinema.plan.parse import Clause, Mention
from kinema.plan.sets import BUILDING_M, is_set
from kinema.screenplay.model import Archetype, Place

# The picture each painted place is drawn as where it stands in another (a closed table: one line a
# place the world paints). Places with no picture of their own (a plain, the sea) stand none, nor a
# road: 🛣 is a motorway, and most roads named beside another place are paths and lanes (森林里的小路).
PLACE_PICTURES: dict[Place, tuple[str, int]] = {
    Place.CITY: ("cityscape", 1),
    Place.MOUNTAINS: ("mountain", 1),
    Place.FOREST: ("evergreen tree", 3),  # a stand of trees
    Place.DESERT: ("desert", 1),
    Place.ROOM: ("house", 1),  # a room named in the open is seen from outside: its building (a cabin by a lake)
}
# Places painted under the open sky, where a building or a landmark can stand.
_OPEN = frozenset({Place.MOUNTAINS, Place.CITY, Place.STREET, Place.FOREST, Place.BEACH, Place.DESERT,
                   Place.SNOWFIELD, Place.ROAD, Place.PLAIN, Place.WATER})
_STANDING = (Archetype.PROP, Archetype.VEHICLE)  # things, not someone who would act


def _place_of(word: str) -> Place | None:
    """The place a word names, by the closed place words or the open vocabulary, if any."""
    closed = next((p for p, words in lx.PLACES.items() for w, _ in words if w == word), None)
    if closed is not None:
        return closed
    read = open_lexicon.lookup(word.lower())
    return Place(read.value) if read is not None and read.kind == "place" else None


def _place_word(name: str) -> bool:
    """Whether a picture's name is itself read as a place (a desert, a mountain): it paints, it does
    not stand."""
    return _place_of(name) is not None


def _modifier(phrase: str) -> tuple[Place, str] | None:
    """The place a compound place word's first part names, with that part: 山路's 山, the mountains of
    a mountain road."""
    words = phrase.split()
    head = " ".join(words[:-1]) if phrase.isascii() else phrase[:-1] if len(phrase) >= 2 else ""
    place = _place_of(head) if head else None
    return None if place is None else (place, head)


def _named(phrase: str) -> Entity | None:
    """The picture a word names by its own name or its singular (a mountain ⛰, 雪山 🏔), if a thing."""
    cat = catalog()
    ent = cat.en_index.get(phrase.lower()) or cat.zh_index.get(phrase) \
        or next((e for one in open_lexicon.singulars(phrase.lower()) if (e := cat.en_index.get(one))), None)
    return ent if ent is not None and ent.archetype in _STANDING else None


def _picture(phrase: str) -> Entity | None:
    """The thing a word names by its picture or its open-vocabulary reading (pine: a tree), if a thing."""
    if (ent := _named(phrase)) is not None:
        return ent
    read = open_lexicon.lookup(phrase.lower())
    ent = catalog().en_index.get(read.value) if read is not None and read.kind == "entity" else None
    return ent if ent is not None and ent.archetype in _STANDING else None


def landmark(phrase: str) -> Entity | None:
    """The pictured structure a place word is read through (colosseum > amphitheater > stadium: 🏟),
    where that picture is no place word itself (a desert's kinds paint the desert)."""
    read = open_lexicon.lookup(phrase.lower())
    if read is None or read.kind != "place":
        return None
    broadest = read.via.removeprefix("CC-CEDICT: ").split(" > ")[-1]
    ent = catalog().en_index.get(broadest)
    if ent is None or ent.archetype not in _STANDING or _place_word(broadest) or broadest == phrase.lower():
        return None
    return ent


def what_of(phrase: str) -> Entity | None:
    """The thing a compound place is of: its words before the last ("bus station", "pine forest"),
    or in Chinese its characters before the last where two or more (火车站, 松树林), read as a thing."""
    if phrase.isascii():
        words = phrase.split()
        head = " ".join(words[:-1]) if len(words) > 1 else ""
    else:
        head = phrase[:-1] if len(phrase) >= 3 else ""
    if not head or _said_otherwise(head) or open_lexicon.material(head.lower()):
        return None  # (a fire station's fire is an effect; a dirt road's dirt, a stone bridge's a material)
    ent = _picture(head)
    return None if ent is None or sky.is_sky_body(ent) else ent


def _said_otherwise(word: str) -> bool:
    """Whether a word reads as a place, a time, the weather or an effect rather than a thing."""
    return _place_word(word) or word.lower() in lx.EFFECTS \
        or any(word.lower() in ws for ws in (*lx.TIMES.values(), *lx.WEATHER.values()))


def piece(phrase: str) -> Entity | None:
    """The thing a narrower made place stands in the painted one (a bedroom's bed, an airport's
    airplane), where a thing no other reading says otherwise (not a fireplace's fire, an effect),
    and where the place is not dressed already (a library's shelves of books: plan/dressing.py)."""
    name = open_lexicon.place_piece(phrase.lower())
    ent = catalog().en_index.get(name) if name is not None else None
    if ent is None or ent.archetype not in _STANDING or sky.is_sky_body(ent) \
            or _said_otherwise(name or "") or _said_otherwise(ent.key) or dressing(phrase, set())[0]:
        return None
    return ent


def stand_places(c: Clause) -> Clause:
    """The clause with the set pieces its place words stand (this module's docstring), each once and
    none already named."""
    if not c.grounds:
        return c
    painted = max(c.places, key=lambda p: p[1])[0] if c.places else None
    named = {m.entity.key for m in c.mentions}
    stood: list[Mention] = []

    def stand(ent: Entity | None, words: str, count: int = 1, backdrop: bool = True) -> bool:
        if ent is None or ent.key in named:
            return ent is not None
        named.add(ent.key)
        # (a bus at its station keeps its own size; a building's picture is drawn at one already)
        big = backdrop and ent.archetype == Archetype.PROP and not is_set(ent)
        stood.append(Mention(ent, words, count=count, group=count > 1, scale=BUILDING_M if big else 1.0))
        return True

    grounds = [*c.grounds, *(m for _, phrase in c.grounds if (m := _modifier(phrase)) is not None)]
    for place, phrase in grounds:
        before = len(stood)
        if painted in _OPEN and place in _OPEN:
            stand(landmark(phrase), phrase)
        stand(what_of(phrase), phrase, backdrop=False)
        if place != painted and painted in _OPEN and not stand(_named(phrase) or landmark(phrase), phrase) \
                and place in PLACE_PICTURES:
            name, count = PLACE_PICTURES[place]
            stand(catalog().en_index.get(name), phrase, count)
        # (in a room at its own size: a bedroom's bed is no building; a place alone is a film of
        # its own far-off life, issue 20, where nothing the prompt names stands)
        if len(stood) == before and c.mentions:
            stand(piece(phrase), phrase, backdrop=painted in _OPEN)
    if not stood:
        return c
    return replace(c, mentions=[*c.mentions, *stood])
