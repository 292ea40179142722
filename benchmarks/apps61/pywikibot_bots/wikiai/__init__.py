"""Shared helpers for the WikiAIBot userscripts."""
from wikiai.clients import (  # noqa: F401
    client_for,
    get_anthropic_client,
    get_async_anthropic_client,
    get_mistral_client,
    get_openai_client,
    get_together_client,
    get_voyage_client,
)
from wikiai.registry import MODEL_REGISTRY, resolve  # noqa: F401

__version__ = '0.7.2'
