"""LLM client factories and provider registry."""

from nautobot_ai.llm.clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_bedrock_runtime,
    get_mistral_client,
    get_ollama_client,
    get_openai_client,
)
from nautobot_ai.llm.registry import Completion, get_provider, registry

__all__ = [
    "Completion",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_openai_client",
    "get_bedrock_runtime",
    "get_mistral_client",
    "get_ollama_client",
    "get_openai_client",
    "get_provider",
    "registry",
]
