"""Translation to English before enrichment (feature flagged: FF_USE_HF_TRANSLATION)."""

from __future__ import annotations

import logging
from typing import Optional

from shared_code.clients import get_hf_client
from shared_code.settings import get_settings

logger = logging.getLogger(__name__)

# Dedicated MT models exist only for a few pairs; everything else goes to the chat model.
_MT_LANGS = {"de", "fr", "nl"}


def translate_to_english(text: str, source_lang: str) -> str:
    if source_lang == "en" or not text.strip():
        return text
    if source_lang in _MT_LANGS:
        mt = get_hf_client("translation")
        out = mt.translation(text[:4000], src_lang=source_lang, tgt_lang="en")
        return out.translation_text
    return _translate_with_llm(text, source_lang)


def _translate_with_llm(text: str, source_lang: str) -> str:
    client = get_hf_client("chat")
    response = client.chat_completion(
        messages=[
            {"role": "system", "content": "Translate the user's text to English. Output the translation only."},
            {"role": "user", "content": f"[{source_lang}]\n{text[:6000]}"},
        ],
        max_tokens=2048,
        temperature=0.0,
    )
    return response.choices[0].message.content or ""


def detect_language_fallback(text: str, model: Optional[str] = None) -> str:
    """Cheap language guess via text-generation; only used when the upload has no language metadata."""
    client = get_hf_client("chat")
    prompt = (
        "Identify the ISO 639-1 code of the language of this text. Reply with the code only.\n\n"
        f"Text: {text[:500]}\nCode:"
    )
    generated = client.text_generation(prompt, max_new_tokens=3, model=model or get_settings().vendors.hf_chat_model)
    code = generated.strip().lower()[:2]
    return code if code.isalpha() else "en"
