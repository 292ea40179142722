"""Cohere v2 clients."""
from __future__ import annotations

from functools import lru_cache

import cohere

from lib.blocks import load_secret

CLIENT_NAME = "mkt-data-platform"


@lru_cache(maxsize=1)
def get_cohere() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=load_secret("cohere-api-key"), client_name=CLIENT_NAME, timeout=120)


@lru_cache(maxsize=1)
def get_async_cohere() -> cohere.AsyncClientV2:
    return cohere.AsyncClientV2(api_key=load_secret("cohere-api-key"), client_name=CLIENT_NAME, timeout=120)
