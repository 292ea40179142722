"""Page translation via Mistral (better on FR/DE than our other options)."""
from __future__ import annotations

import asyncio
import logging

from ai.clients import get_mistral_client

logger = logging.getLogger(__name__)

LANG_NAMES = {"fr": "French", "de": "German", "es": "Spanish", "it": "Italian"}


def translate(text: str, target_lang: str, model: str = "mistral-large-latest", client=None) -> str:
    client = client or get_mistral_client()
    lang = LANG_NAMES.get(target_lang, target_lang)
    res = client.chat.complete(
        model=model,
        temperature=0.1,
        messages=[
            {"role": "system", "content": f"Translate the user's text into {lang}. Keep HTML tags intact."},
            {"role": "user", "content": text},
        ],
    )
    return res.choices[0].message.content


async def translate_blocks(blocks: list[str], target_lang: str, model: str = "mistral-large-latest") -> list[str]:
    client = get_mistral_client()
    lang = LANG_NAMES.get(target_lang, target_lang)

    async def one(text: str) -> str:
        res = await client.chat.complete_async(
            model=model,
            messages=[
                {"role": "system", "content": f"Translate into {lang}. Keep HTML tags intact."},
                {"role": "user", "content": text},
            ],
        )
        return res.choices[0].message.content

    return await asyncio.gather(*(one(b) for b in blocks))
