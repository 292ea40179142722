"""Cohere client (v2 API).

Built lazily: the Cohere key is only configured in the environments that have
the rerank feature switched on, and we do not want a cold start to fail just
because the key is missing.
"""

from __future__ import annotations

import logging
from typing import Optional

import cohere

from shared_code.settings import get_settings

logger = logging.getLogger(__name__)

_cohere: Optional[cohere.ClientV2] = None
_cohere_async: Optional[cohere.AsyncClientV2] = None


class CohereNotConfigured(RuntimeError):
    """Raised when a Cohere feature is used without COHERE_API_KEY."""


def get_cohere() -> cohere.ClientV2:
    global _cohere
    if _cohere is None:
        key = get_settings().vendors.cohere_api_key
        if not key:
            raise CohereNotConfigured("COHERE_API_KEY is not set")
        _cohere = cohere.ClientV2(api_key=key, timeout=30)
    return _cohere


def get_async_cohere() -> cohere.AsyncClientV2:
    global _cohere_async
    if _cohere_async is None:
        key = get_settings().vendors.cohere_api_key
        if not key:
            raise CohereNotConfigured("COHERE_API_KEY is not set")
        _cohere_async = cohere.AsyncClientV2(api_key=key, timeout=30)
    return _cohere_async


def reset_cohere_clients() -> None:
    """Used by tests to drop cached clients."""
    global _cohere, _cohere_async
    _cohere = None
    _cohere_async = None
