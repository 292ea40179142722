from workers.services.llm_usage_tracker import llm_tracker
from workers.services.multi_model_service import TaskComplexity, multi_model_service
from workers.services.summarizer import Summarizer

__all__ = ["Summarizer", "TaskComplexity", "llm_tracker", "multi_model_service"]
