"""Services package.

Re-exports the tracked entry points so callers can write
``from supportstream.services import multi_model_service``.
"""
from supportstream.services.llm_usage_tracker import llm_tracker
from supportstream.services.multi_model_service import TaskComplexity, multi_model_service

__all__ = ["llm_tracker", "multi_model_service", "TaskComplexity"]
