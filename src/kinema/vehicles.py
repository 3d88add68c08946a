"""What moves a vehicle, read from its picture: an engine (exhaust), legs or wind (none), and
whether it floats (no dust off its hull, no ruts under it). A bicycle that puffed exhaust and a
sailboat that raised dust from the sand were physics a viewer sees at once.

The pictures are Twemoji's, a closed set: a table is the general mechanism here.
"""

from __future__ import annotations

from kinema.screenplay.model import CastMember

# Pedalled, kicked, paddled, rowed, pushed or sailed: no engine, so no exhaust.
UNPOWERED = frozenset({"🚲", "🛴", "🛹", "⛵", "🛶", "🚣", "🛷", "🛼", "🦽", "🛒"})
# Hulls: they float, and raise no dust.
WATERCRAFT = frozenset({"⛵", "🚤", "🛥", "🛳", "⛴", "🚢", "🛶", "🚣"})


def _picture(member: CastMember) -> str:
    """The member's emoji without variation selectors (🛥️ and 🛥 are one picture)."""
    return (member.asset.emoji or "").replace("\ufe0f", "")


def has_engine(member: CastMember) -> bool:
    return _picture(member) not in UNPOWERED


def floats(member: CastMember) -> bool:
    return _picture(member) in WATERCRAFT
