"""Translation of product copy into the storefront locales."""

from __future__ import annotations

import logging
from http import HTTPStatus

from llmkit.clients import get_hf_inference, get_mistral
from llmkit.strategies import QWEN_TRANSLATE
from llmkit.watsonx import granite

logger = logging.getLogger(__name__)

LANGUAGE_NAMES: dict[str, str] = {
    "de-DE": "German",
    "fr-FR": "French",
    "es-ES": "Spanish",
    "it-IT": "Italian",
    "nl-NL": "Dutch",
    "pl-PL": "Polish",
}

OPUS_MODELS: dict[str, str] = {
    "de-DE": "Helsinki-NLP/opus-mt-en-de",
    "fr-FR": "Helsinki-NLP/opus-mt-en-fr",
    "es-ES": "Helsinki-NLP/opus-mt-en-es",
    "nl-NL": "Helsinki-NLP/opus-mt-en-nl",
}


class TranslationError(RuntimeError):
    pass


def translate_qwen(text: str, locale: str) -> str:
    response = QWEN_TRANSLATE(
        messages=[{"role": "user", "content": text}],
        translation_options={"source_lang": "English", "target_lang": LANGUAGE_NAMES[locale]},
    )
    if response.status_code != HTTPStatus.OK:
        raise TranslationError(f"dashscope {response.code}: {response.message}")
    return response.output.choices[0].message.content


def translate_mistral(text: str, locale: str, glossary: dict[str, str] | None = None) -> str:
    rules = ""
    if glossary:
        rules = "Always translate these terms as given: " + "; ".join(f"{k} -> {v}" for k, v in glossary.items())
    response = get_mistral().chat.complete(
        model="mistral-large-latest",
        messages=[
            {
                "role": "system",
                "content": f"Translate e-commerce product copy into {LANGUAGE_NAMES[locale]}. "
                f"Keep brand names and units unchanged. {rules}",
            },
            {"role": "user", "content": text},
        ],
        temperature=0.1,
    )
    return response.choices[0].message.content


def review_translation(source: str, translated: str, locale: str) -> bool:
    """Ask Granite whether the translation is faithful; returns True when it is."""
    response = granite().chat(
        messages=[
            {
                "role": "system",
                "content": "You check translations. Answer with exactly PASS or FAIL.",
            },
            {
                "role": "user",
                "content": f"Source (English):\n{source}\n\n{LANGUAGE_NAMES[locale]}:\n{translated}",
            },
        ]
    )
    verdict = response["choices"][0]["message"]["content"].strip().upper()
    if verdict not in {"PASS", "FAIL"}:
        logger.warning("unexpected review verdict %r", verdict)
    return verdict.startswith("PASS")


class OpusTranslator:
    """Marian MT models on HF inference; cheap, used for short attribute values."""

    def __init__(self) -> None:
        self._hf = get_hf_inference()

    def supports(self, locale: str) -> bool:
        return locale in OPUS_MODELS

    def translate(self, text: str, locale: str) -> str:
        if not self.supports(locale):
            raise TranslationError(f"no opus-mt model for {locale}")
        result = self._hf.translation(text, model=OPUS_MODELS[locale])
        return result.translation_text
