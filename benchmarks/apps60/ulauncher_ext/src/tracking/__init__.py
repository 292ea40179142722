from .llm_usage_tracker import llm_tracker, UsageLog
from .multi_model_service import multi_model_service, TaskComplexity

__all__ = ["llm_tracker", "UsageLog", "multi_model_service", "TaskComplexity"]
