"""Mistral La Plateforme client (mistralai 1.x)."""
from __future__ import annotations

from functools import lru_cache

from mistralai import Mistral
from mistralai.utils import BackoffStrategy, RetryConfig

from lib.blocks import load_secret

# SDK-level retries for connection errors / 5xx; Prefect retries the whole task on top.
_RETRY = RetryConfig("backoff", BackoffStrategy(500, 20_000, 1.8, 60_000), retry_connection_errors=True)


@lru_cache(maxsize=1)
def get_mistral() -> Mistral:
    return Mistral(api_key=load_secret("mistral-api-key"), retry_config=_RETRY, timeout_ms=90_000)
