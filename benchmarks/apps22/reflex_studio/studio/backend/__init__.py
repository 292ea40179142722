"""Backend package for the content studio.

Re-exports the client getters so state modules can do
``from studio.backend import get_openai``.
"""
from .clients import (
    get_anthropic,
    get_fireworks,
    get_groq,
    get_openai,
    get_openai_sync,
    get_together,
    replicate_client,
    together_compat,
)
from .config import settings

__all__ = [
    "get_anthropic",
    "get_fireworks",
    "get_groq",
    "get_openai",
    "get_openai_sync",
    "get_together",
    "replicate_client",
    "together_compat",
    "settings",
]
