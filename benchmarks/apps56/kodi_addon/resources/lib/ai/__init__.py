# -*- coding: utf-8 -*-
"""AI layer of the add-on. Feature modules should import from here."""
from resources.lib.ai.clients import (  # noqa: F401
    MissingApiKey,
    get_anthropic_client,
    get_genai_client,
    get_mistral_client,
    get_openai_client,
    model_for,
)
from resources.lib.ai.providers import Completion, complete, current_provider  # noqa: F401

__all__ = [
    "MissingApiKey",
    "get_anthropic_client",
    "get_genai_client",
    "get_mistral_client",
    "get_openai_client",
    "model_for",
    "Completion",
    "complete",
    "current_provider",
]
