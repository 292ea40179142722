from __future__ import annotations

import os
from functools import lru_cache

import cohere


@lru_cache(maxsize=1)
def get_cohere_client(timeout: int = 60) -> cohere.ClientV2:
    """v2 client: chat / embed / rerank."""
    return cohere.ClientV2(api_key=os.environ.get("CO_API_KEY"), timeout=timeout)


def get_legacy_cohere_client() -> cohere.Client:
    # Still used by legacy/cohere_v1.py (connectors + chat_history). Remove once
    # the search-augmented summaries are ported to v2.
    return cohere.Client(api_key=os.environ.get("CO_API_KEY"))
