from __future__ import annotations

import os

from together import AsyncTogether, Together

TOGETHER_TIMEOUT = float(os.environ.get("TOGETHER_TIMEOUT", "90"))

_sync_client: Together | None = None


def get_together_client() -> Together:
    global _sync_client
    if _sync_client is None:
        _sync_client = Together(api_key=os.environ.get("TOGETHER_API_KEY"), timeout=TOGETHER_TIMEOUT)
    return _sync_client


def new_async_together() -> AsyncTogether:
    return AsyncTogether(api_key=os.environ.get("TOGETHER_API_KEY"), timeout=TOGETHER_TIMEOUT)
