"""Shared helpers for the team's marimo notebooks.

Keep this package import-light: notebooks import it at the top of the first
cell, so anything heavy should be imported lazily inside functions.
"""
from nbutils.clients import (
    get_anthropic_client,
    get_async_openai_client,
    get_genai_client,
    get_mistral_client,
    get_openai_client,
    get_voyage_client,
)
from nbutils.config import settings
from nbutils.embeddings import cosine_sim, embed_openai, embed_voyage

__all__ = [
    "get_anthropic_client",
    "get_async_openai_client",
    "get_genai_client",
    "get_mistral_client",
    "get_openai_client",
    "get_voyage_client",
    "settings",
    "cosine_sim",
    "embed_openai",
    "embed_voyage",
]
