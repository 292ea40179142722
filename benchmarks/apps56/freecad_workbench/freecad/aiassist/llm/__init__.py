"""LLM plumbing for the workbench: client factories, backends, tracking."""
from .clients import (
    get_anthropic_client,
    get_deepseek_client,
    get_groq_client,
    get_ollama_client,
    get_openai_client,
    get_async_openai_client,
    reset_clients,
)
from .registry import registry, Backend

__all__ = [
    "get_anthropic_client",
    "get_deepseek_client",
    "get_groq_client",
    "get_ollama_client",
    "get_openai_client",
    "get_async_openai_client",
    "reset_clients",
    "registry",
    "Backend",
]
