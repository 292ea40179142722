from .llm_usage_tracker import llm_tracker
from .multi_model_service import TaskComplexity, chat, multi_model_service

__all__ = ["TaskComplexity", "chat", "llm_tracker", "multi_model_service"]
