"""Article translation (Gemini)."""
from __future__ import annotations

import logging
from typing import AsyncIterator

from google.genai import types

from kb_api.config import get_settings
from kb_api.llm import get_genai
from kb_api.llm.prompts import TRANSLATE_PROMPT
from kb_api.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = {"de": "German", "fr": "French", "es": "Spanish", "ja": "Japanese", "pt-BR": "Brazilian Portuguese"}

_CONFIG = types.GenerateContentConfig(
    temperature=0.0,
    max_output_tokens=8192,
    system_instruction="You are a professional technical translator.",
)


class TranslationService:
    def __init__(self, client=None, model: str | None = None) -> None:
        self.client = client or get_genai()
        self.model = model or get_settings().translation_model

    def estimate_tokens(self, body: str) -> int:
        # count_tokens is free; used to warn editors before very long translations
        return self.client.models.count_tokens(model=self.model, contents=body).total_tokens

    async def translate(self, body: str, language: str) -> str:
        lang = SUPPORTED_LANGUAGES.get(language, language)
        resp = await self.client.aio.models.generate_content(
            model=self.model,
            contents=TRANSLATE_PROMPT.format(language=lang, body=body),
            config=_CONFIG,
        )
        return resp.text or ""

    async def translate_tracked(self, body: str, language: str, tenant_id: str | None = None) -> str:
        lang = SUPPORTED_LANGUAGES.get(language, language)
        async with llm_tracker.track_llm_call(
            provider="google", model=self.model, feature_context="translation", tenant_id=tenant_id
        ) as usage_log:
            resp = await self.client.aio.models.generate_content(
                model=self.model,
                contents=TRANSLATE_PROMPT.format(language=lang, body=body),
                config=_CONFIG,
            )
            usage_log.input_tokens = resp.usage_metadata.prompt_token_count or 0
            usage_log.output_tokens = resp.usage_metadata.candidates_token_count or 0
        return resp.text or ""

    async def stream_translation(self, body: str, language: str) -> AsyncIterator[str]:
        lang = SUPPORTED_LANGUAGES.get(language, language)
        async for chunk in await self.client.aio.models.generate_content_stream(
            model=self.model,
            contents=TRANSLATE_PROMPT.format(language=lang, body=body),
            config=_CONFIG,
        ):
            if chunk.text:
                yield chunk.text


def detect_language(text: str) -> str:
    resp = get_genai().models.generate_content(
        model="gemini-2.0-flash-lite",
        contents=f"Reply with only the BCP-47 language code of this text:\n\n{text[:2000]}",
    )
    return (resp.text or "en").strip()
