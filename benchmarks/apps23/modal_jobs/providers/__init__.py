"""Cached provider clients.

Every getter is memoised per container, so it is safe to call them from
`@modal.enter()` hooks or straight from a function body.
"""
from providers.anthropic_client import (
    get_anthropic,
    get_async_anthropic,
    get_anthropic_bedrock,
    get_bedrock_runtime,
)
from providers.gemini import get_genai
from providers.openai_client import get_async_openai, get_async_xai, get_openai, get_xai
from providers.groq_client import get_groq
from providers.replicate_client import get_replicate

__all__ = [
    "get_anthropic",
    "get_async_anthropic",
    "get_anthropic_bedrock",
    "get_bedrock_runtime",
    "get_genai",
    "get_openai",
    "get_async_openai",
    "get_xai",
    "get_async_xai",
    "get_groq",
    "get_replicate",
]
