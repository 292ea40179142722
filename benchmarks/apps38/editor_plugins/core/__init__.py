"""Shared core for the AI Companion editor plugins (Sublime Text + Neovim).

This package is vendored into each plugin by ``scripts/vendor_core.py``:
Sublime gets a copy under ``AICompanion/lib/core`` and the Neovim rplugin
under ``ai_assist/_vendor/core``.  Keep it free of editor imports and of
anything that is not pure Python plus the provider SDKs.
"""
from .config import CoreSettings, load_settings_from_dict
from .clients import (
    get_anthropic,
    get_async_openai,
    get_client,
    get_deepseek,
    get_groq,
    get_mistral,
    get_openai,
    reset_clients,
)
from .cache import CompletionCache
from .prompts import build_explain_prompt, build_fim_context, build_refactor_messages

__all__ = [
    "CoreSettings",
    "load_settings_from_dict",
    "get_anthropic",
    "get_async_openai",
    "get_client",
    "get_deepseek",
    "get_groq",
    "get_mistral",
    "get_openai",
    "reset_clients",
    "CompletionCache",
    "build_explain_prompt",
    "build_fim_context",
    "build_refactor_messages",
]

__version__ = "0.9.3"
