"""Translation of foreign-language exhibits.

Predates the anthropic SDK in our requirements; it talks to the Messages API
over plain HTTP.  TODO(mk): port to docproc.clients once the SDK version bump lands.
"""
import logging
import os
from typing import Optional

import httpx

from docproc.errors import ProviderError
from docproc.prompts import TRANSLATION_SYSTEM

logger = logging.getLogger(__name__)

ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_VERSION = "2023-06-01"
TRANSLATION_MODEL = os.environ.get("TRANSLATION_MODEL", "claude-3-5-sonnet-20241022")


def translate(text: str, target_language: str = "English", source_language: Optional[str] = None) -> str:
    source = f" from {source_language}" if source_language else ""
    payload = {
        "model": TRANSLATION_MODEL,
        "max_tokens": 8192,
        "system": TRANSLATION_SYSTEM,
        "messages": [
            {"role": "user", "content": f"Translate the following{source} into {target_language}:\n\n{text}"}
        ],
    }
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": ANTHROPIC_VERSION,
        "content-type": "application/json",
    }
    with httpx.Client(timeout=httpx.Timeout(180.0, connect=10.0)) as http:
        resp = http.post(ANTHROPIC_MESSAGES_URL, headers=headers, json=payload)
    if resp.status_code != 200:
        raise ProviderError("anthropic", f"translation failed: HTTP {resp.status_code} {resp.text[:300]}",
                            retryable=resp.status_code in (429, 500, 502, 503, 529))
    body = resp.json()
    logger.info("translated %d chars, usage=%s", len(text), body.get("usage"))
    return "".join(block["text"] for block in body["content"] if block["type"] == "text")
