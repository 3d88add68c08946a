"""The planner: text (Chinese or English) to a screenplay, and nothing else."""

from kinema.plan.catalog import Catalog, Entity, catalog
from kinema.plan.director import MAX_PROMPT_CHARS, PlanError, PlanResult, plan

__all__ = ["MAX_PROMPT_CHARS", "Catalog", "Entity", "PlanError", "PlanResult", "catalog", "plan"]
