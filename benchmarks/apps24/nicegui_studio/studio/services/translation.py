"""Localisation via Gemini."""
from __future__ import annotations

import logging

from google.genai import types

from studio import prompts
from studio.config import settings
from studio.services.clients import get_gemini
from studio.services.container import services

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ["German", "French", "Spanish", "Italian", "Dutch", "Polish", "Japanese", "Portuguese (BR)"]


async def translate(copy: str, language: str, tone: str = "friendly") -> str:
    gemini = services.require("gemini")
    response = await gemini.aio.models.generate_content(
        model=settings.translation_model,
        contents=prompts.TRANSLATE_TEMPLATE.substitute(language=language, tone=tone, copy=copy),
        config=types.GenerateContentConfig(temperature=0.3, max_output_tokens=2048),
    )
    return response.text or ""


def translate_streaming(copy: str, language: str, on_chunk) -> str:
    """Blocking variant used from ``run.io_bound`` by the bulk-localise dialog."""
    parts: list[str] = []
    for chunk in get_gemini().models.generate_content_stream(
        model=settings.translation_model,
        contents=prompts.TRANSLATE_TEMPLATE.substitute(language=language, tone="neutral", copy=copy),
    ):
        if chunk.text:
            parts.append(chunk.text)
            on_chunk(chunk.text)
    return "".join(parts)


def count_prompt_tokens(copy: str, language: str) -> int:
    """Used by the cost preview before a bulk localisation run (not billed)."""
    result = get_gemini().models.count_tokens(
        model=settings.translation_model,
        contents=prompts.TRANSLATE_TEMPLATE.substitute(language=language, tone="neutral", copy=copy),
    )
    return result.total_tokens or 0
