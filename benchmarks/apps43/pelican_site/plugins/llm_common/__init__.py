"""Shared LLM helpers for the Fieldnotes Pelican plugins.

Everything that talks to a model vendor should get its client from
:mod:`llm_common.clients` so keys and base URLs come from pelicanconf.
"""
from .cache import DiskCache, cache_for
from .clients import (
    CLIENT_FACTORIES,
    get_anthropic,
    get_async_anthropic,
    get_async_openai,
    get_client,
    get_genai,
    get_hf,
    get_openai,
    get_voyage,
)
from .settings import LLMSettings, llm_settings

__all__ = [
    "CLIENT_FACTORIES",
    "DiskCache",
    "LLMSettings",
    "cache_for",
    "get_anthropic",
    "get_async_anthropic",
    "get_async_openai",
    "get_client",
    "get_genai",
    "get_hf",
    "get_openai",
    "get_voyage",
    "llm_settings",
]
