"""Neural render backends: open video diffusion models through diffusers, directed by the world.

Each model family is one module (`wan`, `ltx`) behind the vector renderer's interface,
`render_shot(job) -> Iterator[np.ndarray]`. torch and diffusers are optional (the `neural`
extra) and imported only when a backend is created. See docs/neural.md.
"""

from kinema.neural.base import BackendError, NeuralOptions
from kinema.neural.registry import BACKENDS, create, statuses

__all__ = ["BACKENDS", "BackendError", "NeuralOptions", "create", "statuses"]
