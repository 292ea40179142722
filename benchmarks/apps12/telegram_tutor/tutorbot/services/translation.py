"""Translation of learner messages and phrase lists.

DeepSeek is much cheaper than GPT-4o-mini for this and good enough for short phrases; we fall
back to OpenAI when DeepSeek is overloaded (it returns 503s at Chinese peak hours).
"""
from __future__ import annotations

import asyncio
import functools
import logging
from typing import List

import openai

from tutorbot.config import get_settings
from tutorbot.llm import prompts
from tutorbot.llm.clients import get_deepseek_client, get_openai_client
from tutorbot.utils.retry import with_retries

log = logging.getLogger(__name__)

# DeepSeek's docs recommend 1.3 for translation
TRANSLATION_TEMPERATURE = 1.3
BATCH_CONCURRENCY = 4


class TranslationService:
    def __init__(self) -> None:
        self.settings = get_settings()
        self._client = get_deepseek_client()

    def _messages(self, text: str, source: str, target: str) -> list:
        return [
            {
                "role": "system",
                "content": prompts.TRANSLATE_SYSTEM.format(
                    source=prompts.lang_name(source), target=prompts.lang_name(target)
                ),
            },
            {"role": "user", "content": text},
        ]

    async def translate(self, text: str, source: str, target: str) -> str:
        try:
            resp = await with_retries(
                self._client.chat.completions.create,
                model=self.settings.deepseek_model,
                messages=self._messages(text, source, target),
                temperature=TRANSLATION_TEMPERATURE,
                attempts=2,
            )
        except (openai.APIStatusError, openai.APIConnectionError) as exc:
            log.warning("deepseek translation failed (%s), using openai", exc)
            return await self._translate_openai(text, source, target)
        return (resp.choices[0].message.content or "").strip()

    async def _translate_openai(self, text: str, source: str, target: str) -> str:
        resp = await get_openai_client().chat.completions.create(
            model=self.settings.default_chat_model,
            messages=self._messages(text, source, target),
            temperature=0.2,
        )
        return (resp.choices[0].message.content or "").strip()

    async def translate_many(self, phrases: List[str], source: str, target: str) -> List[str]:
        """Used by the flashcard import; phrase lists are usually 10-50 items."""
        create = functools.partial(
            self._client.chat.completions.create,
            model=self.settings.deepseek_model,
            temperature=TRANSLATION_TEMPERATURE,
            max_tokens=200,
        )
        sem = asyncio.Semaphore(BATCH_CONCURRENCY)

        async def one(phrase: str) -> str:
            async with sem:
                try:
                    resp = await create(messages=self._messages(phrase, source, target))
                except openai.APIError:
                    log.exception("failed to translate %r", phrase)
                    return ""
                return (resp.choices[0].message.content or "").strip()

        return list(await asyncio.gather(*(one(p) for p in phrases)))


_translation = None


def get_translation() -> TranslationService:
    global _translation
    if _translation is None:
        _translation = TranslationService()
    return _translation
