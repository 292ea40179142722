"""Shared plumbing for the docs tooling (LLM clients, caching, prompts)."""
from doctools.clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_bedrock_runtime,
    get_cohere_client,
    get_mistral_client,
    get_openai_client,
)
from doctools.config import DocToolsSettings, get_settings

__all__ = [
    "DocToolsSettings",
    "get_settings",
    "get_openai_client",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_mistral_client",
    "get_cohere_client",
    "get_bedrock_runtime",
]

__version__ = "0.9.3"
