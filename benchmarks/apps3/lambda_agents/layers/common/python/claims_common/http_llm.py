"""Minimal HTTP clients for vendor endpoints used without the vendor SDK.

The acknowledgement path runs inside the latency-sensitive intake function
and talks to the Messages API directly to keep the cold start small.
"""
from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from typing import Any

import requests

from claims_common.config import get_secret, settings
from claims_common.prompts import ACK_SYSTEM_PROMPT

logger = logging.getLogger(__name__)

ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"
OPENAI_MODERATIONS_URL = "https://api.openai.com/v1/moderations"
OPENAI_EMBEDDINGS_URL = "https://api.openai.com/v1/embeddings"
ANTHROPIC_VERSION = "2023-06-01"


class VendorHTTPError(RuntimeError):
    pass


def _keys() -> dict[str, Any]:
    return get_secret(settings.vendor_secret_id)


def claimant_acknowledgement(claim_id: str, description: str, timeout: float = 8.0) -> str:
    payload = {
        "model": settings.anthropic_small_model,
        "max_tokens": 200,
        "system": ACK_SYSTEM_PROMPT,
        "messages": [
            {"role": "user", "content": f"Claim reference {claim_id}.\n\n{description[:2000]}"}
        ],
    }
    request = urllib.request.Request(
        ANTHROPIC_MESSAGES_URL,
        data=json.dumps(payload).encode("utf-8"),
        headers={
            "x-api-key": _keys()["anthropic_api_key"],
            "anthropic-version": ANTHROPIC_VERSION,
            "content-type": "application/json",
        },
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        raise VendorHTTPError(f"messages API returned {exc.code}") from exc
    return "".join(block["text"] for block in body["content"] if block["type"] == "text")


def openai_embeddings(texts: list[str], model: str = "text-embedding-3-small") -> list[list[float]]:
    response = requests.post(
        OPENAI_EMBEDDINGS_URL,
        headers={"Authorization": f"Bearer {_keys()['openai_api_key']}"},
        json={"model": model, "input": texts},
        timeout=30,
    )
    if response.status_code != 200:
        raise VendorHTTPError(f"embeddings API returned {response.status_code}: {response.text[:200]}")
    return [item["embedding"] for item in sorted(response.json()["data"], key=lambda d: d["index"])]
