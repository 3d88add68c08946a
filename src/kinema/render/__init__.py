"""Filming: the camera solver, environment painters and render backends.

The backends (`kinema.render.vector.VectorBackend`) are imported from their modules: they
read `kinema.film.job.ShotJob`, and the film stage imports this package.
"""

from kinema.render.camera import Camera, solve

__all__ = ["Camera", "solve"]
