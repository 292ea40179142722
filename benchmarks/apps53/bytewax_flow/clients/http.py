"""Shared httpx client for raw REST calls (helpdesk, search, and HF router fallbacks)."""
from __future__ import annotations

from functools import lru_cache

import httpx

from common.config import get_settings

HF_ROUTER_CHAT_URL = "https://router.huggingface.co/v1/chat/completions"
XAI_CHAT_URL = "https://api.x.ai/v1/chat/completions"


@lru_cache(maxsize=1)
def get_http() -> httpx.Client:
    return httpx.Client(timeout=httpx.Timeout(30.0, connect=5.0), http2=False)


def hf_headers() -> dict[str, str]:
    token = get_settings().hf_token
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}


def xai_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {get_settings().xai_api_key}"}


def helpdesk_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {get_settings().helpdesk_token}", "Accept": "application/json"}
