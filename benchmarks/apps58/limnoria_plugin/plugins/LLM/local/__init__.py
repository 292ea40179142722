"""Helpers for the LLM plugin that don't depend on supybot internals.

Kept importable without a running bot so scripts/ and tests/ can use them.
"""

from .clients import (  # noqa: F401
    ClientBundle,
    get_anthropic,
    get_groq,
    get_mistral,
    get_openai,
    get_openrouter,
)
from .scrollback import Scrollback  # noqa: F401

__all__ = [
    "ClientBundle",
    "Scrollback",
    "get_anthropic",
    "get_groq",
    "get_mistral",
    "get_openai",
    "get_openrouter",
]
