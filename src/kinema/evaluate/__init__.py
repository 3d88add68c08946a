"""Evaluation: offline, CPU-only proxies for whether a film is right (cuts, flicker, smoothness,
dynamics, character consistency, physics, coverage). Not VBench scores."""

from kinema.evaluate.report import evaluate
from kinema.evaluate.video import EvaluationError

__all__ = ["EvaluationError", "evaluate"]
