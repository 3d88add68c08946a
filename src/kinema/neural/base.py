"""What every diffusers backend shares: options, checks, loading, sizes, seeds and frame output.

torch and diffusers are imported only inside functions, so kinema imports, and tells the
user what to install, without them. Nothing is fetched from a hub: pipelines load from a
local folder with `local_files_only=True`.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import math
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from kinema.errors import KinemaError
from kinema.film.job import ShotJob
from kinema.neural.chaining import chain
from kinema.neural.prompts import NEGATIVE_PROMPT, compose_prompt
from kinema.screenplay.model import Format
from kinema.seeds import derive

PACKAGES = ("torch", "diffusers", "transformers", "accelerate")
INSTALL = ("install the neural extra: `pip install torch==2.13.0` (the CPU build on this machine; "
           "on a GPU machine the CUDA build that suits it), then `pip install -e '.[neural]'`")
WEIGHTS = ("download the weights on a machine with internet, e.g. `hf download "
           "{repo} --local-dir DIR`, copy DIR here and pass `--model DIR`; see docs/neural.md")


class BackendError(KinemaError):
    """A neural backend cannot run: missing packages, GPU or weights. Says what to do."""


@dataclass(frozen=True)
class NeuralOptions:
    model: Path
    steps: int | None = None  # denoising steps; None = the family's default
    cpu_offload: bool = False  # keep only the running component on the GPU
    vae_tiling: bool = False  # decode in tiles: less memory for large frames
    device: str = "auto"  # auto (CUDA, else an error), cuda or cpu
    guidance: float | None = None  # classifier-free guidance; None = the family's default
    window: int | None = None  # frames per chunk; None = the family's
    overlap: int = 8  # frames two chunks share, cross-faded
    control: str = "depth"  # wan-vace control video: depth or layout (the vector picture)


def missing_packages() -> list[str]:
    return [p for p in PACKAGES if importlib.util.find_spec(p) is None]


def require_packages() -> None:
    missing = missing_packages()
    if missing:
        raise BackendError(f"the neural backends need {', '.join(missing)}; {INSTALL}")


def cuda_device_name() -> str | None:
    """The first CUDA GPU's name, or None (also when torch is missing)."""
    if importlib.util.find_spec("torch") is None:
        return None
    import torch

    return str(torch.cuda.get_device_name(0)) if torch.cuda.is_available() else None


def resolve_device(choice: str) -> str:
    if choice not in ("auto", "cuda", "cpu"):
        raise BackendError(f"--device must be auto, cuda or cpu, got {choice!r}")
    if choice == "cpu":
        return "cpu"
    if cuda_device_name() is None:
        raise BackendError("no CUDA GPU found; the neural backends need one for real models "
                           "(see docs/neural.md for memory figures). Pass --device cpu to run a tiny "
                           "test model on the CPU")
    return "cuda"


def read_model_index(folder: Path) -> dict[str, Any]:
    """The folder's model_index.json, or a BackendError saying what is wrong with the folder."""
    if not folder.is_dir():
        raise BackendError(f"model folder not found: {folder}")
    index = folder / "model_index.json"
    if not index.is_file():
        raise BackendError(f"{folder} is not a diffusers model folder (no model_index.json)")
    try:
        data = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise BackendError(f"{index} does not parse: {e}") from None
    if not isinstance(data, dict):
        raise BackendError(f"{index} is not a JSON object")
    return data


def check_model(folder: Path, accepted: tuple[str, ...], repo: str) -> None:
    """The folder must hold a complete pipeline of one of the `accepted` classes."""
    try:
        data = read_model_index(folder)
    except BackendError as e:
        raise BackendError(f"{e}; {WEIGHTS.format(repo=repo)}") from None
    name = str(data.get("_class_name", ""))
    if name not in accepted:
        raise BackendError(f"{folder} holds a {name or 'unknown'} model; this backend needs one of "
                           f"{', '.join(accepted)}; {WEIGHTS.format(repo=repo)}")
    missing = [k for k, v in data.items() if not k.startswith("_") and isinstance(v, list)
               and v[0] is not None and not (folder / k).is_dir()]
    if missing:
        raise BackendError(f"{folder} lacks the component folder(s) {', '.join(missing)}; "
                           f"{WEIGHTS.format(repo=repo)}")


def fit_size(fmt: Format, multiple: int, max_area: int) -> tuple[int, int]:
    """The model's frame size: the format's aspect, at most `max_area` pixels, in `multiple`s."""
    w, h = float(fmt.width), float(fmt.height)
    if w * h > max_area:
        k = math.sqrt(max_area / (w * h))
        w, h = w * k, h * k
    return max(multiple, int(w) // multiple * multiple), max(multiple, int(h) // multiple * multiple)


def frames_for(n: int, temporal: int) -> int:
    """The smallest frame count of the form k·temporal + 1 that holds n frames."""
    return max(1, math.ceil(max(n - 1, 0) / temporal)) * temporal + 1


def shot_seed(job: ShotJob, chunk: int = 0) -> int:
    """From the film's seed and the shot's id: a shot renders the same wherever it sits in the film."""
    return derive(job.seed, "neural", job.shot.id, chunk) % (2 ** 63)


def to_rgba(frame: np.ndarray, width: int, height: int) -> np.ndarray:
    """A float RGB frame in [0, 1] at the model's size → an opaque RGBA uint8 frame at the film's."""
    rgb: np.ndarray = np.clip(np.round(frame * 255.0), 0, 255).astype(np.uint8)
    if rgb.shape[:2] != (height, width):
        shrink = rgb.shape[1] > width
        rgb = cv2.resize(rgb, (width, height), interpolation=cv2.INTER_AREA if shrink else cv2.INTER_CUBIC)
    out = np.empty((height, width, 4), dtype=np.uint8)
    out[:, :, :3] = rgb
    out[:, :, 3] = 255
    return out


def resize_rgb(frame: np.ndarray, width: int, height: int) -> np.ndarray:
    """An RGB(A) uint8 frame at the model's size, RGB only."""
    rgb = frame[:, :, :3]
    if rgb.shape[:2] == (height, width):
        return np.ascontiguousarray(rgb)
    return cv2.resize(rgb, (width, height), interpolation=cv2.INTER_AREA)


class DiffusersBackend(ABC):
    """One diffusers pipeline behind `render_shot(job)`; a family module fills in the model calls."""

    name = ""
    loads = ""  # the diffusers pipeline class this backend runs
    accepts: tuple[str, ...] = ()  # model_index classes whose components that pipeline can load
    repo = ""  # where the weights are published, for the error message
    max_area = 832 * 480
    window = 81
    default_steps = 30
    default_guidance = 5.0

    def __init__(self, options: NeuralOptions) -> None:
        require_packages()
        if options.steps is not None and options.steps < 1:
            raise BackendError(f"--steps must be at least 1, got {options.steps}")
        self.options = options
        self.device = resolve_device(options.device)
        check_model(options.model, self.accepts, self.repo)
        self.pipe = self._load()
        window = self.chunk_window()
        if not 0 <= options.overlap < window:
            raise BackendError(f"the overlap ({options.overlap} frames) must be below the "
                               f"{self.name} window ({window} frames)")

    def _load(self) -> Any:
        import diffusers
        import torch
        import transformers

        # Our own progress bars report shots and frames; loading bars and hints are noise here.
        diffusers.utils.logging.disable_progress_bar()
        diffusers.utils.logging.set_verbosity_error()
        transformers.utils.logging.disable_progress_bar()
        transformers.utils.logging.set_verbosity_error()
        dtype = torch.bfloat16 if self.device == "cuda" else torch.float32
        cls = getattr(diffusers, self.loads)
        try:
            pipe = cls.from_pretrained(str(self.options.model), dtype=dtype, local_files_only=True)
        except (OSError, ValueError, TypeError) as e:
            raise BackendError(f"cannot load {self.options.model} as {self.loads}: {e}") from None
        if self.options.cpu_offload and self.device == "cuda":
            pipe.enable_model_cpu_offload()
        else:
            pipe.to(self.device)
        if self.options.vae_tiling:
            pipe.vae.enable_tiling()
        pipe.set_progress_bar_config(disable=True)
        return pipe

    # Family hooks -------------------------------------------------------------------------
    @abstractmethod
    def spatial_multiple(self) -> int:
        """Frame sides must be multiples of this (VAE downscale × patch size)."""

    @abstractmethod
    def temporal_factor(self) -> int:
        """Frame counts must be k × this + 1 (the VAE's temporal downscale)."""

    @abstractmethod
    def generate(self, job: ShotJob, chunk: int, start: int, length: int, context: np.ndarray | None,
                 size: tuple[int, int]) -> np.ndarray:
        """Float RGB frames (at least `length`, H, W, 3) in [0, 1] for frames start.. of the shot."""

    # Shared ---------------------------------------------------------------------------------
    @property
    def steps(self) -> int:
        return self.options.steps or self.default_steps

    @property
    def guidance(self) -> float:
        return self.default_guidance if self.options.guidance is None else self.options.guidance

    def chunk_window(self) -> int:
        """Frames per chunk, of the form k·temporal + 1."""
        t = self.temporal_factor()
        window = self.options.window or self.window
        return max(1, (window - 1) // t) * t + 1

    def generator(self, job: ShotJob, chunk: int) -> Any:
        import torch

        return torch.Generator(device="cpu").manual_seed(shot_seed(job, chunk))

    def common_kwargs(self, job: ShotJob, chunk: int, length: int, size: tuple[int, int]) -> dict[str, Any]:
        kwargs = {
            "prompt": compose_prompt(job),
            "negative_prompt": NEGATIVE_PROMPT,
            "width": size[0],
            "height": size[1],
            "num_frames": frames_for(length, self.temporal_factor()),
            "num_inference_steps": self.steps,
            "guidance_scale": self.guidance,
            "generator": self.generator(job, chunk),
            "output_type": "np",
        }
        # Pad prompts to the tokenizer's own limit (512 for Wan's umT5, 128 for LTX's T5).
        limit = getattr(getattr(self.pipe, "tokenizer", None), "model_max_length", None)
        if isinstance(limit, int) and 0 < limit <= 4096:
            kwargs["max_sequence_length"] = limit
        return kwargs

    def run(self, **kwargs: Any) -> np.ndarray:
        """Call the pipeline; float frames (F, H, W, 3)."""
        import torch

        with torch.inference_mode():
            out = self.pipe(**kwargs).frames
        return np.asarray(out[0], dtype=np.float32)

    def render_shot(self, job: ShotJob) -> Iterator[np.ndarray]:
        """RGBA uint8 frames at the film's format, one per index in `job.drawn` (ascending).

        A model makes the whole shot at once, so picked frames cost the whole shot."""
        wanted = set(job.drawn)
        job = replace(job, picks=None)
        fmt = job.format
        size = fit_size(fmt, self.spatial_multiple(), self.max_area)
        window = self.chunk_window()

        def generate(chunk: int, start: int, length: int, context: np.ndarray | None) -> np.ndarray:
            return self.generate(job, chunk, start, length, context, size)[:length]

        for i, frame in enumerate(chain(job.frames, window, self.options.overlap, generate)):
            if i in wanted:
                yield to_rgba(frame, fmt.width, fmt.height)
