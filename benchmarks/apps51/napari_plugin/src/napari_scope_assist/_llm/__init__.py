"""LLM plumbing for napari-scope-assist."""
from .clients import (
    get_anthropic_client,
    get_cerebras_client,
    get_gemini_client,
    get_ollama_client,
    get_openai_client,
    reset_clients,
)
from .llm_usage_tracker import llm_tracker
from .multi_model_service import TaskComplexity, multi_model_service
from .registry import PROVIDERS, get_client, get_provider, vision_providers

__all__ = [
    "get_openai_client",
    "get_gemini_client",
    "get_anthropic_client",
    "get_ollama_client",
    "get_cerebras_client",
    "reset_clients",
    "llm_tracker",
    "multi_model_service",
    "TaskComplexity",
    "PROVIDERS",
    "get_provider",
    "get_client",
    "vision_providers",
]
