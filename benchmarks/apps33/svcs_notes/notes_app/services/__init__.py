from notes_app.services.llm_clients import get_gemini_client, get_openai_client
from notes_app.services.llm_usage_tracker import llm_tracker
from notes_app.services.multi_model_service import TaskComplexity, multi_model_service

__all__ = [
    "TaskComplexity",
    "get_gemini_client",
    "get_openai_client",
    "llm_tracker",
    "multi_model_service",
]
