"""Cohere v2 clients (embed / rerank for policy search)."""
from __future__ import annotations

import cohere

from docai_models.config import ProviderSettings, resolve_api_key

EMBED_MODEL = "embed-english-v3.0"
RERANK_MODEL = "rerank-english-v3.0"


def build_cohere_client(settings: ProviderSettings) -> cohere.ClientV2:
    return cohere.ClientV2(
        api_key=resolve_api_key("cohere", settings.api_key),
        timeout=settings.timeout,
    )


def build_async_cohere(settings: ProviderSettings) -> cohere.AsyncClientV2:
    return cohere.AsyncClientV2(api_key=resolve_api_key("cohere", settings.api_key))
