"""`tr [lang] <text>` - translation.

Mistral is surprisingly good (and cheap) for European languages so it is the
default translator when a Mistral key exists. Otherwise we use Claude, wrapped
in the usage tracker because translations of long clipboard contents can add
up.
"""
from __future__ import annotations

import asyncio
import functools
import logging
from typing import Dict, Optional

from .clients import ClientPool, MissingKeyError
from .prompts import translate_system
from .tracking import llm_tracker
from .utils.text import split_language_prefix

log = logging.getLogger(__name__)

LANG_CODES: Dict[str, str] = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "uk": "Ukrainian", "ja": "Japanese",
    "zh": "Chinese", "ko": "Korean", "tr": "Turkish", "sv": "Swedish", "cs": "Czech",
}


def resolve_language(code_or_name: str) -> str:
    return LANG_CODES.get(code_or_name.lower(), code_or_name)


class Translator:
    def __init__(self, pool: ClientPool):
        self.pool = pool

    def translate(self, query: str) -> str:
        code, text = split_language_prefix(query, default=self.pool.settings.target_language)
        language = resolve_language(code)
        try:
            mistral = self.pool.mistral
        except MissingKeyError:
            return asyncio.run(self._translate_claude(text, language))
        res = mistral.chat.complete(
            model="mistral-small-latest",
            messages=[
                {"role": "system", "content": translate_system(language)},
                {"role": "user", "content": text},
            ],
            temperature=0.0,
        )
        return res.choices[0].message.content

    async def _translate_claude(self, text: str, language: str) -> str:
        client = self.pool.anthropic
        model = "claude-3-5-haiku-latest"
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context="translate"
        ) as usage_log:
            msg = client.messages.create(
                model=model,
                max_tokens=1024,
                system=translate_system(language),
                messages=[{"role": "user", "content": text}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return msg.content[0].text

    def detect_language(self, text: str) -> Optional[str]:
        """Cheap language detection with Groq; used to swap source/target."""
        try:
            groq_client = self.pool.groq
        except MissingKeyError:
            return None
        ask = functools.partial(
            groq_client.chat.completions.create,
            model="llama-3.1-8b-instant",
            max_tokens=5,
            temperature=0,
        )
        resp = ask(messages=[
            {"role": "system", "content": "Reply with the ISO 639-1 code of the text's language only."},
            {"role": "user", "content": text[:500]},
        ])
        code = (resp.choices[0].message.content or "").strip().lower()[:2]
        return code if code.isalpha() else None
