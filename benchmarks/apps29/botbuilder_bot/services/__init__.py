"""Service layer for the help desk bot."""

from services.clients import (
    get_anthropic,
    get_azure_openai,
    get_cohere,
    get_genai_client,
    get_mistral,
    get_ollama,
    get_settings,
    get_sync_azure_openai,
)
from services.multi_model_service import TaskComplexity, multi_model_service
from services.provider_registry import available_providers, get_provider

# short alias some older modules still import
aoai = get_azure_openai

__all__ = [
    "aoai",
    "available_providers",
    "get_anthropic",
    "get_azure_openai",
    "get_cohere",
    "get_genai_client",
    "get_mistral",
    "get_ollama",
    "get_provider",
    "get_settings",
    "get_sync_azure_openai",
    "multi_model_service",
    "TaskComplexity",
]
