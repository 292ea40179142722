"""Reply translation for users whose Teams locale is not English."""

import asyncio
import functools
import logging

from google.genai import types

from services.clients import get_genai_client, get_settings, get_sync_azure_openai

logger = logging.getLogger(__name__)

_CACHE = {}


async def translate(text: str, target_lang: str) -> str:
    if target_lang.startswith("en") or not text:
        return text
    key = (hash(text), target_lang)
    if key in _CACHE:
        return _CACHE[key]
    client = get_genai_client()
    # the sync client is thread-safe; keeps us off the aio transport which leaked sockets in 0.3
    resp = await asyncio.to_thread(
        client.models.generate_content,
        model=get_settings().gemini_model,
        contents=f"Translate to {target_lang}. Keep markdown and product names as-is.\n\n{text}",
        config=types.GenerateContentConfig(temperature=0),
    )
    out = resp.text or text
    _CACHE[key] = out
    return out


def detect_locale_fallback(texts: list) -> list:
    """Batch language detection for the analytics export (Azure mini deployment)."""
    client = get_sync_azure_openai()
    ask = functools.partial(
        client.chat.completions.create,
        model=get_settings().mini_deployment,
        max_tokens=3,
        temperature=0,
    )
    out = []
    for t in texts:
        resp = ask(messages=[{"role": "user", "content": f"ISO 639-1 code only: {t[:300]}"}])
        out.append(resp.choices[0].message.content.strip())
    return out
