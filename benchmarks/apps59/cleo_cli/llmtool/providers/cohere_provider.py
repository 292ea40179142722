from __future__ import annotations

import cohere

from llmtool.config import get_settings

_client: cohere.ClientV2 | None = None


def get_cohere_client() -> cohere.ClientV2:
    """Lazily build a shared Cohere v2 client."""
    global _client
    if _client is None:
        settings = get_settings()
        _client = cohere.ClientV2(api_key=settings.cohere_api_key, timeout=settings.timeout)
    return _client


def reset_cohere_client() -> None:
    global _client
    _client = None
