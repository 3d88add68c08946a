"""LTX-Video through diffusers: text-to-video, and keyframes from the vector renderer.

`ltx` (LTXPipeline) films each shot from its prompt. `ltx-keyframes`
(LTXConditionPipeline) pins the first, middle and last frame of each chunk to the vector
render of those frames, so the layout and the motion between them follow the simulated
world. A chunk that continues a long shot starts from the previous chunk's frame instead.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from kinema.film.job import ShotJob
from kinema.neural.base import DiffusersBackend, NeuralOptions
from kinema.neural.control import FrameWindow, layout_frames

LTX_MODELS = ("LTXPipeline", "LTXConditionPipeline", "LTXImageToVideoPipeline")


class _LtxBase(DiffusersBackend):
    accepts = LTX_MODELS  # the three pipelines share one set of components
    repo = "Lightricks/LTX-Video-0.9.5"
    max_area = 768 * 512
    window = 161  # about 6.7 s at 24 frames/s
    default_steps = 40
    default_guidance = 3.0

    def spatial_multiple(self) -> int:
        return int(self.pipe.vae_spatial_compression_ratio) * int(self.pipe.transformer_spatial_patch_size)

    def temporal_factor(self) -> int:
        return int(self.pipe.vae_temporal_compression_ratio)

    def common_kwargs(self, job: ShotJob, chunk: int, length: int, size: tuple[int, int]) -> dict[str, Any]:
        kwargs = super().common_kwargs(job, chunk, length, size)
        kwargs["frame_rate"] = job.format.fps
        return kwargs


class LtxTextBackend(_LtxBase):
    """Text-to-video per shot; chunks of a long shot are cross-faded, not conditioned."""

    name = "ltx"
    loads = "LTXPipeline"

    def generate(self, job: ShotJob, chunk: int, start: int, length: int, context: np.ndarray | None,
                 size: tuple[int, int]) -> np.ndarray:
        return self.run(**self.common_kwargs(job, chunk, length, size))


class LtxKeyframeBackend(_LtxBase):
    """Keyframes from the vector render pin each chunk's layout to the simulated world."""

    name = "ltx-keyframes"
    loads = "LTXConditionPipeline"

    def __init__(self, options: NeuralOptions) -> None:
        super().__init__(options)
        self._shot: tuple[ShotJob, FrameWindow] | None = None  # held, so `is` cannot match a new job

    def keyframe_indices(self, length: int) -> list[int]:
        """First, middle and last frame of a chunk of `length` frames (fewer when it is short)."""
        return sorted({0, (length - 1) // 2, length - 1})

    def conditions(self, job: ShotJob, start: int, length: int, context: np.ndarray | None,
                   size: tuple[int, int]) -> list[Any]:
        from diffusers.pipelines.ltx.pipeline_ltx_condition import LTXVideoCondition
        from PIL import Image

        if self._shot is None or self._shot[0] is not job:
            self._shot = (job, FrameWindow(layout_frames(job, size)))
        frames = self._shot[1].take(start, length)
        out = []
        for i in self.keyframe_indices(length):
            picture = frames[i]
            if i == 0 and context is not None:
                picture = np.clip(np.round(context[0] * 255.0), 0, 255).astype(np.uint8)
            out.append(LTXVideoCondition(image=Image.fromarray(picture), frame_index=i))
        return out

    def generate(self, job: ShotJob, chunk: int, start: int, length: int, context: np.ndarray | None,
                 size: tuple[int, int]) -> np.ndarray:
        kwargs = self.common_kwargs(job, chunk, length, size)
        kwargs["conditions"] = self.conditions(job, start, length, context, size)
        return self.run(**kwargs)
