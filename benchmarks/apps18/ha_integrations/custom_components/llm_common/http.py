"""Raw HTTP helpers.

Some customers run Ollama behind reverse proxies that break the ollama SDK's streaming, and one
customer has an Azure OpenAI deployment behind an API gateway that needs extra headers.  For
those we POST directly with HA's shared httpx client.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx

from .const import AZURE_API_VERSION, DEFAULT_TIMEOUT

_LOGGER = logging.getLogger(__name__)

AZURE_CHAT_PATH = "/openai/deployments/{deployment}/chat/completions"


class RawLLMError(Exception):
    """Raised when the upstream returns an error body."""


async def ollama_chat_raw(
    http: httpx.AsyncClient,
    host: str,
    model: str,
    messages: list[dict[str, Any]],
    *,
    keep_alive: str = "10m",
    options: dict[str, Any] | None = None,
) -> dict[str, Any]:
    payload = {
        "model": model,
        "messages": messages,
        "stream": False,
        "keep_alive": keep_alive,
        "options": options or {},
    }
    resp = await http.post(f"{host.rstrip('/')}/api/chat", json=payload, timeout=DEFAULT_TIMEOUT)
    if resp.status_code != 200:
        raise RawLLMError(f"Ollama returned {resp.status_code}: {resp.text[:200]}")
    return resp.json()


async def azure_chat_raw(
    http: httpx.AsyncClient,
    endpoint: str,
    deployment: str,
    api_key: str,
    messages: list[dict[str, Any]],
    *,
    extra_headers: dict[str, str] | None = None,
    max_tokens: int = 512,
) -> dict[str, Any]:
    url = endpoint.rstrip("/") + AZURE_CHAT_PATH.format(deployment=deployment)
    headers = {"api-key": api_key, **(extra_headers or {})}
    resp = await http.post(
        url,
        params={"api-version": AZURE_API_VERSION},
        headers=headers,
        json={"messages": messages, "max_tokens": max_tokens},
        timeout=DEFAULT_TIMEOUT,
    )
    try:
        resp.raise_for_status()
    except httpx.HTTPStatusError as err:
        raise RawLLMError(str(err)) from err
    return resp.json()


async def ollama_is_up(http: httpx.AsyncClient, host: str) -> bool:
    try:
        resp = await http.get(f"{host.rstrip('/')}/api/version", timeout=5)
    except httpx.HTTPError:
        return False
    return resp.status_code == 200
