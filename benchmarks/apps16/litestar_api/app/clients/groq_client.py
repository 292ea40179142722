from __future__ import annotations

from typing import Optional

from groq import AsyncGroq, Groq

from app.config import get_settings

_sync_client: Optional[Groq] = None
_async_client: Optional[AsyncGroq] = None


def groq_client() -> Groq:
    global _sync_client
    if _sync_client is None:
        _sync_client = Groq(api_key=get_settings().groq_api_key, max_retries=2)
    return _sync_client


def async_groq_client() -> AsyncGroq:
    global _async_client
    if _async_client is None:
        _async_client = AsyncGroq(api_key=get_settings().groq_api_key, timeout=20.0, max_retries=2)
    return _async_client
