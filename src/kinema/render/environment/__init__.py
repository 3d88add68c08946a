"""Environment painters: one per kind of place, each with time-of-day and weather variants."""

from kinema.render.environment.landscape import Environment, Layer, build_environment
from kinema.render.environment.palette import Palette, palette_for

__all__ = ["Environment", "Layer", "Palette", "build_environment", "palette_for"]
