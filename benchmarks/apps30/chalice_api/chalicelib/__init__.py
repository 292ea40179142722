"""Shared code for the llm-gateway Chalice app.

Chalice only packages the ``chalicelib`` directory alongside ``app.py``, so
everything the handlers import must live here.
"""
from chalicelib.clients import (  # noqa: F401  (re-exported for convenience)
    anthropic_client,
    bedrock_runtime,
    cohere_client,
    get_chat_client,
)
from chalicelib.config import settings  # noqa: F401

__all__ = [
    "anthropic_client",
    "bedrock_runtime",
    "cohere_client",
    "get_chat_client",
    "settings",
]
