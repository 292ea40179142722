"""Product translations.

Written before we added the SDKs to the Saleor image; talks to the HTTP APIs
directly. TODO(marta): move to llm.registry once the Cohere chat path is in.
"""
import logging
import os
from typing import Optional

import httpx
import requests

from .. import settings as ai_settings

logger = logging.getLogger(__name__)

ANTHROPIC_VERSION = "2023-06-01"


class TranslationError(Exception):
    pass


def translate_with_claude(text: str, target_language: str, api_key: Optional[str] = None) -> str:
    headers = {
        "x-api-key": api_key or os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": ANTHROPIC_VERSION,
        "content-type": "application/json",
    }
    body = {
        "model": ai_settings.AI_CONTENT_ANTHROPIC_MODEL,
        "max_tokens": 1024,
        "messages": [
            {
                "role": "user",
                "content": f"Translate to {target_language}. Return only the translation.\n\n{text}",
            }
        ],
    }
    resp = requests.post(ai_settings.ANTHROPIC_API_URL, json=body, headers=headers, timeout=60)
    if resp.status_code != 200:
        raise TranslationError(f"anthropic returned {resp.status_code}: {resp.text[:200]}")
    return "".join(part["text"] for part in resp.json()["content"] if part["type"] == "text")


def translate_with_cohere(text: str, target_language: str, api_key: Optional[str] = None) -> str:
    payload = {
        "model": "command-r-plus-08-2024",
        "messages": [
            {"role": "system", "content": "You are a professional e-commerce translator."},
            {"role": "user", "content": f"Translate into {target_language}:\n{text}"},
        ],
    }
    with httpx.Client(timeout=60) as http:
        response = http.post(
            ai_settings.COHERE_CHAT_URL,
            json=payload,
            headers={"Authorization": f"Bearer {api_key or os.environ['COHERE_API_KEY']}"},
        )
    response.raise_for_status()
    return response.json()["message"]["content"][0]["text"]


def translate(text: str, target_language: str, provider: str = "anthropic", api_key: Optional[str] = None) -> str:
    if provider == "cohere":
        return translate_with_cohere(text, target_language, api_key)
    return translate_with_claude(text, target_language, api_key)


def notify_translation_service(product_id: int, language_code: str) -> None:
    """Ping the internal translation memory service (not an LLM)."""
    url = os.environ.get("TM_SERVICE_URL", "http://tm.internal:8080/api/jobs")
    try:
        requests.post(url, json={"product_id": product_id, "language": language_code}, timeout=5)
    except requests.RequestException:
        logger.exception("translation memory notify failed")
