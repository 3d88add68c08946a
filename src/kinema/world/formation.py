"""The formation effect: a member made of N copies of another emoji (a tiger of flowers).

Targets are sampled from the member's own sprite alpha mask, so the pieces rebuild its
silhouette. A `burst` action throws the pieces out under gravity, drag and wind; over the
second half of the action they are pulled back and arrive on their targets exactly at `until`.
"""

from __future__ import annotations

import numpy as np
import skia

from kinema.assets import AssetData
from kinema.world.particles import PIECE, ParticleFrame

MASK_PX = 96
PIECE_SIZE = 0.11  # of the body height: a piece's diameter


def alpha_mask(asset: AssetData, px: int = MASK_PX) -> tuple[np.ndarray, float]:
    """The artwork's alpha as a (px, round(px * aspect)) bool array, and its aspect (w / h)."""
    if asset.kind == "svg":
        dom = skia.SVGDOM.MakeFromStream(skia.MemoryStream(asset.data, True))
        size = dom.containerSize()
        vw, vh = (size.width(), size.height()) if size.width() > 0 else (36.0, 36.0)
        aspect = vw / vh
        surf = skia.Surface(max(1, round(px * aspect)), px)
        canvas = surf.getCanvas()
        canvas.scale(px / vh, px / vh)
        dom.setContainerSize(skia.Size(vw, vh))
        dom.render(canvas)
    else:
        img = skia.Image.MakeFromEncoded(skia.Data.MakeWithCopy(asset.data))
        aspect = img.width() / img.height()
        surf = skia.Surface(max(1, round(px * aspect)), px)
        surf.getCanvas().drawImageRect(img, skia.Rect.MakeWH(surf.width(), px))
    return surf.makeImageSnapshot().toarray()[:, :, 3] > 128, aspect


def sample_targets(mask: np.ndarray, aspect: float, n: int, rng: np.random.Generator) -> np.ndarray:
    """n points inside the mask, in body heights: x centred on the feet, y up from them."""
    rows, cols = np.nonzero(mask)
    if rows.size == 0:
        rows, cols = np.array([mask.shape[0] // 2]), np.array([mask.shape[1] // 2])
    pick = rng.choice(rows.size, size=n, replace=n > rows.size)
    jitter = rng.random((n, 2))
    u = (cols[pick] + jitter[:, 0]) / mask.shape[1] - 0.5
    v = 1.0 - (rows[pick] + jitter[:, 1]) / mask.shape[0]
    return np.stack([u * aspect, v], axis=1)


def _ease(u: float) -> float:
    u = min(max(u, 0.0), 1.0)
    return u * u * (3 - 2 * u)


class Formation:
    def __init__(self, emoji: str, targets: np.ndarray, height: float, native_facing: int,
                 rng: np.random.Generator) -> None:
        self.emoji = emoji
        self.targets = targets.astype(np.float64)
        self.height = height
        self.native = native_facing
        self.rng = rng
        self.free = np.zeros_like(self.targets)
        self.vel = np.zeros_like(self.targets)
        self.burst_at: float | None = None
        self.pos = np.zeros_like(self.targets)
        self.size = np.full(len(targets), PIECE_SIZE * height, np.float32)

    def home(self, x: float, y: float, facing: int) -> np.ndarray:
        flip = -1.0 if self.native and self.native != facing else 1.0
        return np.stack([x + flip * self.targets[:, 0] * self.height,
                         y + self.targets[:, 1] * self.height], axis=1)

    def step(self, t: float, dt: float, x: float, y: float, facing: int,
             burst: tuple[float, float | None] | None, gravity: float, wind: float,
             ground: tuple[np.ndarray, np.ndarray]) -> list[str]:
        """Advance one frame; returns events ('burst', 'formed')."""
        home = self.home(x, y, facing)
        events = []
        if burst is None or burst[0] != self.burst_at:
            if self.burst_at is not None and burst is None:
                events.append("formed")
            self.burst_at = burst[0] if burst else None
            if burst is not None:  # thrown outwards from the body's centre, a little upwards
                centre = home.mean(axis=0)
                out = home - centre
                out /= np.linalg.norm(out, axis=1, keepdims=True) + 1e-6
                speed = self.height * (0.8 + 1.2 * self.rng.random((len(home), 1)))
                self.free = home.copy()
                # Scatter as well as spread, so the cloud fills in instead of forming a ring.
                scatter = self.rng.normal(0.0, 0.5 * self.height, home.shape)
                self.vel = out * speed + scatter + np.array([0.0, 0.6 * self.height])
                events.append("burst")
        if self.burst_at is None:
            self.pos = home
            return events
        at, until = self.burst_at, burst[1] if burst else None
        drag = min(1.0, 1.2 * dt)
        self.vel += (np.array([0.5 * wind, 0.0]) - self.vel) * drag  # a flower catches half the wind
        self.vel[:, 1] -= 0.15 * gravity * dt  # petals fall slowly: the air holds them
        self.free += self.vel * dt
        floor = np.interp(self.free[:, 0], *ground)
        under = self.free[:, 1] < floor  # petals settle on the ground, never through it
        self.free[under, 1] = floor[under]
        self.vel[under] *= 0.2
        if until is None:
            self.pos = self.free.copy()
        else:
            # The second half of the burst pulls every piece back onto its target.
            k = _ease((t + dt - at) / (until - at) * 2.0 - 1.0)
            self.pos = self.free * (1.0 - k) + home * k
        return events

    def frame(self) -> ParticleFrame:
        n = len(self.pos)
        return ParticleFrame(self.pos[:, 0].astype(np.float32), self.pos[:, 1].astype(np.float32),
                             self.size, np.ones(n, np.float32), np.full(n, PIECE, np.uint8),
                             (self.emoji,))
