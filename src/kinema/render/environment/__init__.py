"""Environment painters: one per kind of place, each with time-of-day and weather variants."""

from kinema.render.environment.landscape import AnimatedLayer, Environment, Layer
from kinema.render.environment.palette import Palette, palette_for
from kinema.render.environment.places import PAINTERS, build_environment

__all__ = ["PAINTERS", "AnimatedLayer", "Environment", "Layer", "Palette", "build_environment", "palette_for"]
