"""The neural side of the command line: `--backend NAME --model DIR` for `render` and `generate`,
`kinema backends`.

Kept here so the CLI module only forwards options; nothing in this module imports torch.
"""

from __future__ import annotations

from pathlib import Path

from kinema.neural.base import BackendError, DiffusersBackend, NeuralOptions
from kinema.neural.registry import BACKENDS, create, statuses


def backend_from_options(name: str, model: Path | None, steps: int | None, cpu_offload: bool,
                         vae_tiling: bool, device: str) -> DiffusersBackend | None:
    """None for the vector renderer; a loaded neural backend; or a BackendError saying what to do."""
    if name not in BACKENDS:
        raise BackendError(f"--backend: unknown backend {name!r}; known: {', '.join(BACKENDS)} "
                           "(see `kinema backends`)")
    cls = BACKENDS[name].backend
    if cls is None:
        return None
    if model is None:
        raise BackendError(f"--backend {name} needs --model DIR, a local diffusers model folder "
                           f"(weights: {cls.repo}, see docs/neural.md and `kinema backends`)")
    return create(name, NeuralOptions(model=model, steps=steps, cpu_offload=cpu_offload,
                                      vae_tiling=vae_tiling, device=device))


def print_backends(model: Path | None) -> None:
    """The `kinema backends` listing: one block per backend, readable at any terminal width."""
    for row in statuses(model):
        print(f"{row.name:<14} {'ready' if row.ready else 'not ready':<10} {row.summary}")
        print(f"{'':<14} packages: {row.packages}; GPU: {row.gpu}; weights: {row.weights}")
        print(f"{'':<14} needs: {row.needs}")
    print("Neural backends: `pip install torch==2.13.0` (or the CUDA build for your GPU), then "
          "`pip install -e '.[neural]'`. Download the weights yourself on a machine with internet "
          "and pass --model DIR; nothing is fetched at run time. See docs/neural.md.")
