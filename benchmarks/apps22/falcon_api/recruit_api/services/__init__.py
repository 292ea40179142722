"""Service layer.  Import shared singletons from here rather than from the
individual modules (the module layout is still moving around)."""
from recruit_api.clients import get_anthropic_client, get_openai_client
from recruit_api.services.llm_usage_tracker import llm_tracker
from recruit_api.services.multi_model_service import TaskComplexity, multi_model_service

__all__ = [
    "TaskComplexity",
    "get_anthropic_client",
    "get_openai_client",
    "llm_tracker",
    "multi_model_service",
]
