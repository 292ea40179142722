"""Localisation of approved copy, on Fireworks (Llama 70B is good enough for DE/FR/ES)."""
from __future__ import annotations

import asyncio
import functools
import logging

from openai import AsyncOpenAI

from ..config import settings

logger = logging.getLogger(__name__)

LOCALES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt-br": "Brazilian Portuguese"}


def _messages(text: str, locale: str) -> list[dict[str, str]]:
    language = LOCALES.get(locale, locale)
    return [
        {"role": "system", "content": f"Translate marketing copy into {language}. Keep brand names and hashtags."},
        {"role": "user", "content": text},
    ]


class Localizer:
    def __init__(self, client: AsyncOpenAI, model: str | None = None, concurrency: int = 3) -> None:
        self.client = client
        self.model = model or settings.fireworks_model
        self._sem = asyncio.Semaphore(concurrency)

    async def translate(self, text: str, locale: str) -> str:
        async with self._sem:
            resp = await self.client.chat.completions.create(
                model=self.model,
                messages=_messages(text, locale),
                temperature=0.2,
            )
        return resp.choices[0].message.content or ""

    async def translate_all(self, text: str, locales: list[str]) -> dict[str, str]:
        results = await asyncio.gather(*(self.translate(text, loc) for loc in locales), return_exceptions=True)
        out: dict[str, str] = {}
        for loc, res in zip(locales, results):
            if isinstance(res, Exception):
                logger.error("translation to %s failed: %s", loc, res)
                continue
            out[loc] = res
        return out

    async def glossary_check(self, translated: str, glossary: dict[str, str]) -> str:
        create = functools.partial(
            self.client.chat.completions.create,
            model=self.model,
            temperature=0,
        )
        terms = "\n".join(f"{k} -> {v}" for k, v in glossary.items())
        resp = await create(
            messages=[
                {"role": "system", "content": f"Fix the translation so these glossary terms are used:\n{terms}"},
                {"role": "user", "content": translated},
            ]
        )
        return resp.choices[0].message.content or translated
