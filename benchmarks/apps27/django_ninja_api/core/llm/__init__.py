"""Public face of the LLM client layer. Import from here, not from .clients."""
from . import clients
from .clients import (
    anthropic_client,
    async_openai_client,
    gemini_embed,
    get_bedrock,
    get_genai_client,
    get_replicate,
    openai_client,
    xai,
)

__all__ = [
    "clients",
    "anthropic_client",
    "async_openai_client",
    "gemini_embed",
    "get_bedrock",
    "get_genai_client",
    "get_replicate",
    "openai_client",
    "xai",
]
