"""Raw HTTP access to the Anthropic Messages API.

Written before we had the SDK in the base image; still used by the
incident webhook path because it runs in a slimmed worker without anthropic.
TODO(jb): delete once the worker image is rebuilt.
"""
from __future__ import annotations

import logging
import os
from typing import Optional

import httpx

from lib.settings import ANTHROPIC_API_URL, ANTHROPIC_VERSION, MODELS, REQUEST_TIMEOUT

log = logging.getLogger(__name__)


class AnthropicHTTPError(RuntimeError):
    pass


def _headers() -> dict:
    return {
        "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
        "anthropic-version": ANTHROPIC_VERSION,
        "content-type": "application/json",
    }


def complete(prompt: str, system: Optional[str] = None, max_tokens: int = 600, model: Optional[str] = None) -> str:
    payload = {
        "model": model or MODELS.anthropic_fast,
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": prompt}],
    }
    if system:
        payload["system"] = system
    resp = httpx.post(ANTHROPIC_API_URL, json=payload, headers=_headers(), timeout=REQUEST_TIMEOUT)
    if resp.status_code >= 400:
        raise AnthropicHTTPError(f"anthropic returned {resp.status_code}: {resp.text[:200]}")
    data = resp.json()
    return "".join(block.get("text", "") for block in data.get("content", []))


def health() -> bool:
    """Cheap reachability probe used by !llm health (no tokens billed)."""
    try:
        r = httpx.get("https://api.anthropic.com/v1/models", headers=_headers(), timeout=5)
        return r.status_code == 200
    except httpx.HTTPError:
        return False
