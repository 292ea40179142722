"""Shared helpers for the "AI Tools" Inkscape extensions.

Inkscape launches every extension script with its own directory on
``sys.path``, so the scripts next to this package can simply do
``from ai_ext_common import ...``.
"""

from .settings import Settings, load_settings
from .clients import (
    get_openai_client,
    get_anthropic_client,
    get_genai_client,
    get_hf_client,
    get_openrouter_client,
)
from .providers import get_backend, ChatBackend
from .errors import AIExtensionError, MissingCredentials

__all__ = [
    "Settings",
    "load_settings",
    "get_openai_client",
    "get_anthropic_client",
    "get_genai_client",
    "get_hf_client",
    "get_openrouter_client",
    "get_backend",
    "ChatBackend",
    "AIExtensionError",
    "MissingCredentials",
]

__version__ = "0.7.2"
