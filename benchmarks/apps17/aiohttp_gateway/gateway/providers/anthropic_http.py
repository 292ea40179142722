"""Minimal Claude client on top of our shared aiohttp session.

We deliberately don't pull in the anthropic SDK here: the gateway already
has a tuned ClientSession and the Messages API is small enough.
"""
from __future__ import annotations

import json
import logging
from typing import Any, AsyncIterator, Dict, List, Optional

import aiohttp

from gateway.errors import UpstreamError

log = logging.getLogger(__name__)


class ClaudeHTTP:
    def __init__(
        self,
        session: aiohttp.ClientSession,
        api_key: str,
        base_url: str = "https://api.anthropic.com",
        version: str = "2023-06-01",
    ) -> None:
        self._session = session
        self._base_url = base_url.rstrip("/")
        self._headers = {
            "x-api-key": api_key,
            "anthropic-version": version,
            "content-type": "application/json",
        }

    async def create(
        self,
        model: str,
        messages: List[Dict[str, Any]],
        system: Optional[str] = None,
        max_tokens: int = 1024,
        temperature: float = 0.3,
    ) -> Dict[str, Any]:
        body: Dict[str, Any] = {
            "model": model,
            "max_tokens": max_tokens,
            "temperature": temperature,
            "messages": messages,
        }
        if system:
            body["system"] = system
        async with self._session.post(
            f"{self._base_url}/v1/messages", headers=self._headers, json=body
        ) as resp:
            payload = await resp.json()
            if resp.status >= 400:
                raise UpstreamError("anthropic", payload.get("error", {}).get("message", "error"),
                                    status_code=resp.status)
            return payload

    async def stream(
        self,
        model: str,
        messages: List[Dict[str, Any]],
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> AsyncIterator[str]:
        body = {"model": model, "max_tokens": max_tokens, "messages": messages, "stream": True}
        if system:
            body["system"] = system
        resp = await self._session.post(f"{self._base_url}/v1/messages", headers=self._headers, json=body)
        try:
            if resp.status >= 400:
                raise UpstreamError("anthropic", await resp.text(), status_code=resp.status)
            async for raw_line in resp.content:
                line = raw_line.decode("utf-8").strip()
                if not line.startswith("data:"):
                    continue
                event = json.loads(line[5:])
                if event.get("type") == "content_block_delta":
                    delta = event.get("delta", {})
                    if delta.get("type") == "text_delta":
                        yield delta["text"]
        finally:
            resp.release()

    @staticmethod
    def text_of(payload: Dict[str, Any]) -> str:
        return "".join(b.get("text", "") for b in payload.get("content", []) if b.get("type") == "text")
