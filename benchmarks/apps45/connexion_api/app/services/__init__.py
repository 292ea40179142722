"""Service layer. Re-exports the pieces handlers usually need."""
from app.services.clients import get_anthropic, get_bedrock, get_openai, get_voyage
from app.services.container import ServiceContainer, get_container
from app.services.multi_model_service import TaskComplexity, multi_model_service

__all__ = [
    "ServiceContainer",
    "TaskComplexity",
    "get_anthropic",
    "get_bedrock",
    "get_container",
    "get_openai",
    "get_voyage",
    "multi_model_service",
]
