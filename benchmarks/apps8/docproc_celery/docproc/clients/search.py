"""Embedding / rerank provider clients (Voyage, Cohere)."""
from functools import lru_cache

import cohere
import voyageai

from docproc.settings import get_settings


@lru_cache(maxsize=1)
def voyage_client() -> voyageai.Client:
    s = get_settings()
    # voyageai retries internally with exponential backoff when max_retries > 0
    return voyageai.Client(api_key=s.voyage_api_key, max_retries=3, timeout=s.llm_timeout_s)


@lru_cache(maxsize=1)
def cohere_client() -> cohere.ClientV2:
    s = get_settings()
    return cohere.ClientV2(api_key=s.cohere_api_key, timeout=s.llm_timeout_s)
