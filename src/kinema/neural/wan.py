"""Wan 2.1 / 2.2 through diffusers: text-to-video, and VACE directed by the simulated world.

`wan` (WanPipeline) films each shot from its prompt alone. `wan-vace` (WanVACEPipeline)
gets the vector renderer's depth maps (or its pictures) as the control video, frame by
frame, and each shown cast member drawn on white as a reference image, so the neural shot
keeps the plan's layout, motion and characters. A long shot is made of chunks; VACE keeps
the previous chunk's last frames (mask 0) and generates the rest (mask 1).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from kinema.film.job import ShotJob
from kinema.neural.base import BackendError, DiffusersBackend, NeuralOptions, frames_for
from kinema.neural.control import FrameWindow, ReferenceImages, depth_frames, layout_frames

CONTROLS = ("depth", "layout")


class _WanBase(DiffusersBackend):
    max_area = 832 * 480  # Wan 2.1's 480p; the 14B models also do 1280×720
    window = 81  # five seconds at Wan's 16 frames/s
    default_steps = 30
    default_guidance = 5.0

    def spatial_multiple(self) -> int:
        return int(self.pipe.vae_scale_factor_spatial) * int(self.pipe.transformer.config.patch_size[1])

    def temporal_factor(self) -> int:
        return int(self.pipe.vae_scale_factor_temporal)


class WanTextBackend(_WanBase):
    """Text-to-video per shot; chunks of a long shot are cross-faded, not conditioned."""

    name = "wan"
    loads = "WanPipeline"
    accepts = ("WanPipeline",)
    repo = "Wan-AI/Wan2.1-T2V-1.3B-Diffusers"

    def generate(self, job: ShotJob, chunk: int, start: int, length: int, context: np.ndarray | None,
                 size: tuple[int, int]) -> np.ndarray:
        return self.run(**self.common_kwargs(job, chunk, length, size))


class WanVaceBackend(_WanBase):
    """World-conditioned: control video and reference images from the vector renderer."""

    name = "wan-vace"
    loads = "WanVACEPipeline"
    accepts = ("WanVACEPipeline",)
    repo = "Wan-AI/Wan2.1-VACE-1.3B-diffusers"

    def __init__(self, options: NeuralOptions) -> None:
        if options.control not in CONTROLS:
            raise BackendError(f"--control must be one of {', '.join(CONTROLS)}, got {options.control!r}")
        super().__init__(options)
        self.references = ReferenceImages()
        self._shot: tuple[ShotJob, FrameWindow] | None = None  # held, so `is` cannot match a new job

    def _window(self, job: ShotJob, size: tuple[int, int]) -> FrameWindow:
        """The control stream of the job being rendered; a new job starts a new stream."""
        if self._shot is None or self._shot[0] is not job:
            frames = depth_frames(job, size) if self.options.control == "depth" else layout_frames(job, size)
            self._shot = (job, FrameWindow(frames))
        return self._shot[1]

    def vace_inputs(self, job: ShotJob, start: int, length: int, context: np.ndarray | None,
                    size: tuple[int, int]) -> dict[str, Any]:
        """video, mask and reference_images for one chunk, as PIL images the pipeline takes."""
        from PIL import Image

        n = frames_for(length, self.temporal_factor())
        control = [f.copy() for f in self._window(job, size).take(start, n)]
        keep = 0 if context is None else len(context)
        if context is not None:  # the previous chunk's last frames, to be kept as they are
            for i in range(keep):
                control[i] = np.clip(np.round(context[i] * 255.0), 0, 255).astype(np.uint8)
        w, h = size
        masks = [Image.new("L", (w, h), 0 if i < keep else 255) for i in range(n)]
        refs = self.references.for_job(job, min(w, h))
        return {
            "video": [Image.fromarray(f) for f in control],
            "mask": masks,
            "reference_images": [Image.fromarray(r) for r in refs] or None,
        }

    def generate(self, job: ShotJob, chunk: int, start: int, length: int, context: np.ndarray | None,
                 size: tuple[int, int]) -> np.ndarray:
        kwargs = self.common_kwargs(job, chunk, length, size)
        kwargs.update(self.vace_inputs(job, start, length, context, size))
        return self.run(**kwargs)
