"""Translate customer messages for agents, and agent replies back for customers."""
from __future__ import annotations

import logging

from django.conf import settings
from google.genai import types

from helpdesk.clients import llm
from helpdesk.prompts import TRANSLATE_PROMPT

logger = logging.getLogger("helpdesk.translation")

LANG_NAMES = {"en": "English", "nl": "Dutch", "de": "German", "fr": "French", "es": "Spanish"}

_CONFIG = types.GenerateContentConfig(
    temperature=0.0,
    max_output_tokens=2048,
    system_instruction="You are a professional translator for a software support team.",
)


def translate(text: str, target: str = "en") -> str:
    if not text.strip():
        return text
    prompt = TRANSLATE_PROMPT.format(target=LANG_NAMES.get(target, target), text=text)
    response = llm.gemini.models.generate_content(
        model=settings.HELPDESK_LLM["GEMINI_MODEL"],
        contents=prompt,
        config=_CONFIG,
    )
    return (response.text or "").strip()


async def atranslate(text: str, target: str = "en") -> str:
    prompt = TRANSLATE_PROMPT.format(target=LANG_NAMES.get(target, target), text=text)
    response = await llm.gemini.aio.models.generate_content(
        model=settings.HELPDESK_LLM["GEMINI_MODEL"],
        contents=prompt,
        config=_CONFIG,
    )
    return (response.text or "").strip()


def prompt_size(text: str) -> int:
    """Used by the admin to warn about very long messages."""
    result = llm.gemini.models.count_tokens(model=settings.HELPDESK_LLM["GEMINI_MODEL"], contents=text)
    return result.total_tokens or 0
