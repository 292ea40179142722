"""AI helpers used by the operators.

Re-exports the client getters so operators can do ``from ..ai import get_openai_client``.
"""

from .clients import (
    clear_caches,
    get_anthropic_client,
    get_genai_client,
    get_ollama_client,
    get_openai_client,
    get_replicate_client,
)
from .session import AISession

__all__ = [
    "AISession",
    "clear_caches",
    "get_anthropic_client",
    "get_genai_client",
    "get_ollama_client",
    "get_openai_client",
    "get_replicate_client",
]
