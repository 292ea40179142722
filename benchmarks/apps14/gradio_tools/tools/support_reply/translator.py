"""Language detection and translation for the support helper.

Agents write replies in English; the customer gets them in their own language.
"""
from __future__ import annotations

import logging

from google.genai import types

from common.clients import get_async_fireworks, get_genai
from common.prompts import TRANSLATE
from common.settings import get_settings

log = logging.getLogger(__name__)

DETECT_MODEL = "accounts/fireworks/models/llama-v3p1-8b-instruct"


async def detect_language(text: str) -> str:
    resp = await get_async_fireworks().chat.completions.create(
        model=DETECT_MODEL,
        messages=[
            {"role": "system",
             "content": "Reply with only the English name of the language of the user's text."},
            {"role": "user", "content": text[:2000]},
        ],
        max_tokens=5,
        temperature=0,
    )
    language = (resp.choices[0].message.content or "English").strip().rstrip(".")
    return language.split()[0].capitalize() if language else "English"


async def translate(text: str, target_language: str) -> str:
    if target_language.lower() in ("english", "en"):
        return text
    client = get_genai()
    response = await client.aio.models.generate_content(
        model=get_settings().translate_model,
        contents=TRANSLATE.format(target_language=target_language, text=text),
        config=types.GenerateContentConfig(temperature=0.1),
    )
    if not response.text:
        log.warning("empty translation to %s, returning original", target_language)
        return text
    return response.text
