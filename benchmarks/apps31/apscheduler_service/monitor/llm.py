"""New provider registry.

TODO(migration): jobs still pull clients from ``monitor.clients`` / JobContext.
New code should go through ``chat_backend(name)``; once everything is moved
clients.py becomes private.
"""
from __future__ import annotations

from typing import Callable

from monitor.clients import (
    get_anthropic,
    get_deepseek,
    get_mistral,
    get_openai,
    get_voyage,
)
from monitor.clients import get_bedrock_runtime as bedrock_runtime  # re-export

CHAT_BACKENDS: dict[str, Callable] = {
    "openai": get_openai,
    "deepseek": get_deepseek,
}

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "deepseek": "deepseek-chat",
    "anthropic": "claude-3-5-sonnet-20241022",
    "mistral": "mistral-small-latest",
}


def chat_backend(name: str):
    try:
        return CHAT_BACKENDS[name]()
    except KeyError as exc:
        raise ValueError(f"unknown chat backend {name!r}") from exc


embedder = get_voyage
anthropic_client = get_anthropic
mistral_client = get_mistral

__all__ = [
    "CHAT_BACKENDS",
    "DEFAULT_MODELS",
    "chat_backend",
    "bedrock_runtime",
    "embedder",
    "anthropic_client",
    "mistral_client",
]
