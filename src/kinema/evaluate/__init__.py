"""Evaluation: offline, CPU-only proxies for whether a film is right (cuts, flicker, smoothness,
dynamics, character consistency, physics, coverage). Not VBench scores.

`evaluate` and `EvaluationError` are imported on first use: the planner's dailies import
`evaluate.coverage` and `evaluate.placement` alone, and must not pay for the report's imports
(video decoding, the audio meter's SciPy).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kinema.evaluate.report import evaluate
    from kinema.evaluate.video import EvaluationError

__all__ = ["EvaluationError", "evaluate"]


def __getattr__(name: str) -> Any:
    if name == "evaluate":
        from kinema.evaluate.report import evaluate

        return evaluate
    if name == "EvaluationError":
        from kinema.evaluate.video import EvaluationError

        return EvaluationError
    raise AttributeError(f"module 'kinema.evaluate' has no attribute {name!r}")
