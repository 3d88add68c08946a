"""The screenplay format: models, loading with precise errors, and the JSON Schema."""

from kinema.screenplay.load import dump_yaml, load, parse
from kinema.screenplay.model import (
    Action,
    Archetype,
    Asset,
    CameraMove,
    CastMember,
    Format,
    Place,
    Scene,
    Screenplay,
    Setting,
    Shot,
    ShotSize,
    Style,
    TimeOfDay,
    Transition,
    Verb,
    Weather,
)

__all__ = [
    "Action", "Archetype", "Asset", "CameraMove", "CastMember", "Format", "Place", "Scene",
    "Screenplay", "Setting", "Shot", "ShotSize", "Style", "TimeOfDay", "Transition", "Verb", "Weather",
    "dump_yaml", "load", "parse",
]
