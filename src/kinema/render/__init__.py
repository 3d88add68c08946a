"""Filming: the camera solver, environment painters and render backends."""

from kinema.render.camera import Camera, solve
from kinema.render.job import ShotJob
from kinema.render.vector import VectorBackend

__all__ = ["Camera", "ShotJob", "VectorBackend", "solve"]
