from tracking.llm_usage_tracker import llm_tracker
from tracking.multi_model_service import TaskComplexity, multi_model_service

__all__ = ["llm_tracker", "multi_model_service", "TaskComplexity"]
