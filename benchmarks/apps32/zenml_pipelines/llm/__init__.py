"""Shared LLM helpers for the pipelines (clients, registry, prompts)."""

from llm.clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_bedrock_runtime,
    get_genai_client,
    get_hf_client,
    get_mistral_client,
    get_openai_client,
    get_together_client,
    get_voyage_client,
)
from llm.registry import CHAT_PROVIDERS, get_chat_fn

__all__ = [
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_openai_client",
    "get_bedrock_runtime",
    "get_genai_client",
    "get_hf_client",
    "get_mistral_client",
    "get_openai_client",
    "get_together_client",
    "get_voyage_client",
    "CHAT_PROVIDERS",
    "get_chat_fn",
]
