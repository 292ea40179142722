"""Service layer: provider clients, the tracked multi-model service, features."""
from studio.services.clients import get_anthropic, get_gemini, get_openai_sync, get_replicate
from studio.services.container import ServiceContainer, init_clients, services
from studio.services.llm_usage_tracker import llm_tracker
from studio.services.multi_model_service import TaskComplexity, multi_model_service

__all__ = [
    "ServiceContainer",
    "TaskComplexity",
    "get_anthropic",
    "get_gemini",
    "get_openai_sync",
    "get_replicate",
    "init_clients",
    "llm_tracker",
    "multi_model_service",
    "services",
]
