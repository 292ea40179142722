"""Registry of provider classes, keyed by name."""
from __future__ import annotations

from typing import Dict, Type

from .. import config as cfg
from .base import BaseProvider

PROVIDERS: Dict[str, Type[BaseProvider]] = {}


def register_provider(name: str):
    def deco(cls):
        cls.name = name
        PROVIDERS[name] = cls
        return cls

    return deco


def get_provider(name: str, clients: dict, model: str = None, max_tokens: int = 1024) -> BaseProvider:
    # Import for side effects: each module registers itself.
    from . import anthropic_provider, gemini_provider, ollama_provider, openai_provider, openrouter_provider  # noqa: F401

    cls = PROVIDERS[name]
    return cls(clients[name], cfg.model_for(name, model), max_tokens=max_tokens)
