"""Application services."""

from lexsearch.services.llm_usage_tracker import llm_tracker
from lexsearch.services.multi_model_service import TaskComplexity, multi_model_service

__all__ = ["TaskComplexity", "llm_tracker", "multi_model_service"]
