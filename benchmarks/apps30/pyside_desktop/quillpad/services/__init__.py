"""Service layer: provider clients, tracked service and helpers."""
from quillpad.services.clients import (
    get_anthropic_client,
    get_cohere_client,
    get_deepseek_client,
    get_ollama_client,
    get_openai_client,
    get_watsonx_model,
    gemini_model,
    reset_clients,
)
from quillpad.services.multi_model_service import TaskComplexity, multi_model_service

__all__ = [
    "get_anthropic_client",
    "get_cohere_client",
    "get_deepseek_client",
    "get_ollama_client",
    "get_openai_client",
    "get_watsonx_model",
    "gemini_model",
    "reset_clients",
    "multi_model_service",
    "TaskComplexity",
]
