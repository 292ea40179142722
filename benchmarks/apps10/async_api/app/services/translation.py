"""Translation of customer messages and agent replies.

Ticket bodies and replies go through the Responses API. UI snippets (macro titles, canned
phrases) still use the old litellm helper.
"""
from __future__ import annotations

from typing import Optional

from mistralai import Mistral

from app import cache
from app.clients import get_openai
from app.config import settings
from app.logging_config import get_logger
from app.services.legacy_llm import quick_complete

log = get_logger(__name__)

TRANSLATION_MODEL = "gpt-4.1-mini"
DETECT_MODEL = "ministral-3b-latest"

_detector: Optional[Mistral] = None


def _detector_client() -> Mistral:
    # ministral-3b is on a separate key with its own quota (language detection runs on
    # every inbound email), hence not the shared client.
    global _detector
    if _detector is None:
        _detector = Mistral(api_key=settings.mistral_api_key.get_secret_value())
    return _detector


async def detect_language(text: str) -> str:
    key = cache.cache_key("lang", text[:500])
    hit = await cache.get_json(key)
    if hit:
        return hit
    response = await _detector_client().chat.complete_async(
        model=DETECT_MODEL,
        messages=[
            {"role": "system", "content": "Return only the ISO 639-1 code of the text's language."},
            {"role": "user", "content": text[:500]},
        ],
        max_tokens=4,
        temperature=0,
    )
    code = (response.choices[0].message.content or "en").strip().lower()[:2]
    await cache.set_json(key, code)
    return code


async def translate(text: str, target_language: str, source_language: Optional[str] = None) -> str:
    if source_language and source_language == target_language:
        return text
    response = await get_openai().responses.create(
        model=TRANSLATION_MODEL,
        instructions=(
            f"Translate the user's text into {target_language}. Preserve formatting, product "
            "names and anything inside backticks. Output only the translation."
        ),
        input=text,
        temperature=0,
    )
    return response.output_text


async def translate_snippet(snippet: str, target_language: str) -> str:
    key = cache.cache_key("snippet", target_language, snippet)
    hit = await cache.get_json(key)
    if hit:
        return hit
    response = await quick_complete(
        messages=[
            {"role": "system", "content": f"Translate UI text into {target_language}. Output only the translation."},
            {"role": "user", "content": snippet},
        ]
    )
    translated = (response.choices[0].message.content or snippet).strip()
    await cache.set_json(key, translated, ttl=30 * 24 * 3600)
    return translated
