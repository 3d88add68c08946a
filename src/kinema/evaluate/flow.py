"""Dense optical flow (OpenCV DIS) and the half-way warp the motion measures share."""

from __future__ import annotations

import cv2
import numpy as np


class Flow:
    """One DIS instance, reused: the ultrafast preset keeps a 60 s film well inside a minute."""

    def __init__(self) -> None:
        self._dis = cv2.DISOpticalFlow.create(cv2.DISOpticalFlow_PRESET_ULTRAFAST)

    def __call__(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Flow from grey frame a to grey frame b, H×W×2 float32 pixels."""
        out = np.zeros((*a.shape[:2], 2), np.float32)  # fresh: callers keep two flows at once
        return np.asarray(self._dis.calc(a, b, out))


def magnitude(flow: np.ndarray) -> np.ndarray:
    return np.asarray(np.hypot(flow[..., 0], flow[..., 1]))


def warp(image: np.ndarray, flow: np.ndarray, k: float) -> np.ndarray:
    """Sample `image` at x − k·flow(x): moves its content k of the way along the flow."""
    h, w = flow.shape[:2]
    xs, ys = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    return cv2.remap(image, xs - k * flow[..., 0], ys - k * flow[..., 1], cv2.INTER_LINEAR,
                     borderMode=cv2.BORDER_REPLICATE)


def grey(rgb: np.ndarray) -> np.ndarray:
    return np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
