"""Shared helpers for the LLM pre-annotation backends.

Backends should import clients from here rather than constructing them, so
credentials and timeouts are configured in one place.
"""
from common.clients import (
    get_anthropic_client,
    get_bedrock_runtime,
    get_genai_client,
    get_hf_client,
    get_openai_client,
    get_async_openai_client,
)
from common.settings import settings

__all__ = [
    "get_anthropic_client",
    "get_bedrock_runtime",
    "get_genai_client",
    "get_hf_client",
    "get_openai_client",
    "get_async_openai_client",
    "settings",
]
