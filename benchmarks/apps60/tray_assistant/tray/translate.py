"""Translate the clipboard or the current selection."""
from __future__ import annotations

import logging
from typing import Iterator

from google.genai import types

from tray import services, settings
from tray.llm import prompts
from tray.llm.clients import get_genai_client
from tray.llm.usage import count_gemini_tokens
from tray.workers import handler

log = logging.getLogger(__name__)

# cheap dedicated models for the common pairs; everything else goes to Gemini
HF_PAIRS = {
    ("en", "de"): "Helsinki-NLP/opus-mt-en-de",
    ("de", "en"): "Helsinki-NLP/opus-mt-de-en",
    ("en", "fr"): "Helsinki-NLP/opus-mt-en-fr",
    ("fr", "en"): "Helsinki-NLP/opus-mt-fr-en",
}

LANG_CODES = {"english": "en", "german": "de", "french": "fr"}
MAX_INPUT_TOKENS = 30_000


def _config() -> types.GenerateContentConfig:
    return types.GenerateContentConfig(
        system_instruction=prompts.TRANSLATE.system,
        temperature=0.1,
    )


@handler("translate")
def translate(text: str, target: str | None = None, source: str | None = None) -> str:
    cfg = settings.load()
    target = target or cfg.target_language
    pair = (LANG_CODES.get((source or "").lower(), ""), LANG_CODES.get(target.lower(), ""))
    if pair in HF_PAIRS and len(text) < 2000:
        return translate_with_hf(text, HF_PAIRS[pair])
    client = get_genai_client()
    if count_gemini_tokens(text, cfg.models.gemini) > MAX_INPUT_TOKENS:
        raise ValueError("text too long to translate in one go")
    resp = client.models.generate_content(
        model=cfg.models.gemini,
        contents=prompts.TRANSLATE.render(language=target, text=text),
        config=_config(),
    )
    return resp.text or ""


def translate_stream(text: str, target: str) -> Iterator[str]:
    """Used by the popup's live-translate mode."""
    client = get_genai_client()
    for chunk in client.models.generate_content_stream(
        model=settings.load().models.gemini,
        contents=prompts.TRANSLATE.render(language=target, text=text),
        config=_config(),
    ):
        if chunk.text:
            yield chunk.text


def translate_with_hf(text: str, model: str) -> str:
    out = services.hf_client.translation(text, model=model)
    return out.translation_text
