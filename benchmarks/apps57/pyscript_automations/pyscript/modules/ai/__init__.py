"""Shared AI helpers for the pyscript apps.

Apps should import from here (``from ai import get_openai, describe_image``) rather than from
the submodules, so we can move things around without touching every automation.
"""
from ai.clients import (  # noqa: F401
    DEFAULT_MODELS,
    configure,
    get_anthropic,
    get_async_anthropic,
    get_async_groq,
    get_async_ollama,
    get_async_openai,
    get_genai,
    get_groq,
    get_ollama,
    get_openai,
)
from ai.registry import PROVIDERS, complete  # noqa: F401
from ai.speech import synthesize_to_file, transcribe  # noqa: F401
from ai.vision import describe_image  # noqa: F401

# old name, kept for the briefing app until it is migrated
openai_client = get_openai
