"""Vendor providers behind a common interface.

Importing this package registers every provider, so ``get_provider("openai")``
works anywhere after ``import docflow.providers``.
"""
from .base import Completion, LLMProvider, UnknownProviderError, available_providers, get_provider, register
from .retry import with_retry

from . import anthropic_provider, bedrock_provider, google_provider, openai_provider, vendors  # noqa: E402,F401
from .openai_provider import OpenAIProvider

__all__ = [
    "Completion",
    "LLMProvider",
    "OpenAIProvider",
    "UnknownProviderError",
    "available_providers",
    "get_provider",
    "register",
    "with_retry",
]
