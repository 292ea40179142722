"""LLM helpers: registry of plugin-owned clients and a few cached getters."""
from portal.llm.clients import (
    get_async_openai,
    get_embedding_client,
    get_fireworks_client,
    get_gemini_client,
    get_watsonx_model,
)
from portal.llm.registry import get as get_client

__all__ = [
    "get_async_openai",
    "get_client",
    "get_embedding_client",
    "get_fireworks_client",
    "get_gemini_client",
    "get_watsonx_model",
]
