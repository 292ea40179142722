"""Translate clipboard text. Runs locally on Ollama when the user ticked
'Keep text on this Mac'; otherwise Cohere (Aya / Command R are good at it)."""
from __future__ import annotations

import logging
import os

import openai

from menubar.llm import get_cohere_client, get_ollama_client
from menubar.llm.prompts import DETECT_LANGUAGE, TRANSLATE_SYSTEM, messages

log = logging.getLogger(__name__)

LOCAL_TRANSLATION_MODEL = "aya-expanse:8b"


class Translator:
    def __init__(self, settings, local_only: bool = False):
        self.settings = settings
        self.local_only = local_only
        self.ollama = get_ollama_client()
        self.cohere = get_cohere_client()

    def translate(self, text: str, language: str | None = None) -> str:
        language = language or self.settings.target_language
        system = TRANSLATE_SYSTEM.format(language=language)
        if self.local_only:
            return self._translate_local(text, system)
        return self._translate_cohere(text, system)

    def _translate_local(self, text: str, system: str) -> str:
        result = self.ollama.chat(
            model=LOCAL_TRANSLATION_MODEL,
            messages=messages(system, text),
            options={"temperature": 0},
        )
        return result.message.content.strip()

    def _translate_cohere(self, text: str, system: str) -> str:
        resp = self.cohere.chat(
            model=self.settings.model_for("cohere"),
            messages=messages(system, text),
            temperature=0.1,
        )
        return resp.message.content[0].text.strip()


def detect_language(text: str) -> str:
    """Cheap language sniffing so we can skip translating text that's already
    in the target language. Written before the client factories existed."""
    client = openai.OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
    resp = client.responses.create(
        model="gpt-4o-mini",
        instructions=DETECT_LANGUAGE,
        input=text[:1000],
        max_output_tokens=5,
    )
    return resp.output_text.strip().lower()[:2]


def needs_translation(text: str, target_language: str) -> bool:
    codes = {"english": "en", "german": "de", "french": "fr", "spanish": "es", "dutch": "nl"}
    target = codes.get(target_language.lower())
    if target is None:
        return True
    try:
        return detect_language(text) != target
    except openai.OpenAIError:
        log.warning("language detection failed, translating anyway")
        return True
