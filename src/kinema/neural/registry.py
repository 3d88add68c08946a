"""Every render backend by name: what it is, what it needs, and whether this machine has it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kinema.neural.base import (
    BackendError,
    DiffusersBackend,
    NeuralOptions,
    check_model,
    cuda_device_name,
    missing_packages,
)
from kinema.neural.ltx import LtxKeyframeBackend, LtxTextBackend
from kinema.neural.wan import WanTextBackend, WanVaceBackend


@dataclass(frozen=True)
class BackendSpec:
    name: str
    backend: type[DiffusersBackend] | None  # None for the vector renderer
    summary: str
    needs: str


BACKENDS: dict[str, BackendSpec] = {s.name: s for s in (
    BackendSpec("vector", None, "2.5D vector renderer (default)", "nothing more"),
    BackendSpec("wan", WanTextBackend, "Wan text-to-video per shot", "CUDA GPU, ~8 GB for 1.3B at 480p"),
    BackendSpec("wan-vace", WanVaceBackend, "Wan VACE: depth/layout control video + cast reference images",
                "CUDA GPU, ~8 GB for 1.3B at 480p"),
    BackendSpec("ltx", LtxTextBackend, "LTX-Video text-to-video per shot", "CUDA GPU, ~12 GB at 768x512"),
    BackendSpec("ltx-keyframes", LtxKeyframeBackend, "LTX-Video with keyframes from the vector render",
                "CUDA GPU, ~12 GB at 768x512"),
)}


def names() -> list[str]:
    return list(BACKENDS)


def create(name: str, options: NeuralOptions) -> DiffusersBackend:
    """A loaded neural backend, or a BackendError that says what is missing and what to do."""
    spec = BACKENDS.get(name)
    if spec is None:
        raise BackendError(f"unknown backend {name!r}; known: {', '.join(BACKENDS)} (see `kinema backends`)")
    if spec.backend is None:
        raise BackendError(f"{name} is not a neural backend")
    return spec.backend(options)


@dataclass(frozen=True)
class BackendStatus:
    name: str
    summary: str
    packages: str  # "ok" or what is missing
    gpu: str  # the GPU's name, or "none"
    weights: str  # "ok", what is wrong, or "not checked"
    needs: str
    ready: bool


def statuses(model: Path | None = None) -> list[BackendStatus]:
    """One row per backend for `kinema backends`; a model folder is checked against each."""
    missing = missing_packages()
    gpu = cuda_device_name() if not missing else None
    rows = []
    for spec in BACKENDS.values():
        if spec.backend is None:
            rows.append(BackendStatus(spec.name, spec.summary, "ok", gpu or "none", "none needed",
                                      spec.needs, True))
            continue
        if model is None:
            weights = "pass --model DIR to check"
        else:
            try:
                check_model(model, spec.backend.accepts, spec.backend.repo)
                weights = "ok"
            except BackendError:
                weights = f"not a {' / '.join(spec.backend.accepts)} folder"
        packages = "ok" if not missing else "missing " + ", ".join(missing)
        ready = not missing and gpu is not None and weights == "ok"
        rows.append(BackendStatus(spec.name, spec.summary, packages, gpu or "none", weights,
                                  f"{spec.needs}; weights: {spec.backend.repo}", ready))
    return rows
