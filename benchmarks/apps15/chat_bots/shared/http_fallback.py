"""Bare-HTTP Groq client.

Kept from the days when the groq SDK pinned an httpx version that clashed with
slack_sdk. The Slack app still uses it for the /ask-raw debug command because it
returns the raw JSON (handy when Groq changes response fields).
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional

import httpx

from shared.config import FAST_GROQ_MODEL, GROQ_OPENAI_BASE, get_settings

log = logging.getLogger(__name__)


class RawGroq:
    def __init__(self, api_key: Optional[str] = None, timeout: float = 30.0):
        self._api_key = api_key or get_settings().groq_api_key
        self._http = httpx.AsyncClient(
            base_url=GROQ_OPENAI_BASE,
            timeout=timeout,
            headers={"Authorization": f"Bearer {self._api_key}"},
        )

    async def chat(self, messages: List[Dict[str, str]], model: str = FAST_GROQ_MODEL, **params: Any) -> Dict[str, Any]:
        body = {"model": model, "messages": messages}
        body.update(params)
        resp = await self._http.post("/chat/completions", json=body)
        if resp.status_code == 429:
            log.warning("groq raw: rate limited, retry-after=%s", resp.headers.get("retry-after"))
        resp.raise_for_status()
        return resp.json()

    async def aclose(self) -> None:
        await self._http.aclose()
