"""Helper package for the AI Assistant Ulauncher extension."""
from .clients import (
    ClientPool,
    MissingKeyError,
    get_async_openai_client,
    get_openai_client,
    make_anthropic_client,
    make_groq_client,
    make_mistral_client,
    make_perplexity_client,
)
from .config import Settings, settings_from_preferences
from .providers import Completion, complete

__all__ = [
    "ClientPool",
    "MissingKeyError",
    "Settings",
    "settings_from_preferences",
    "Completion",
    "complete",
    "get_openai_client",
    "get_async_openai_client",
    "make_anthropic_client",
    "make_groq_client",
    "make_mistral_client",
    "make_perplexity_client",
]

__version__ = "0.9.2"
