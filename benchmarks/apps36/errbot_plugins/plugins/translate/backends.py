"""Translation backends. Pick one per channel in the plugin config.

DeepL is the default for plain prose; LLM backends handle Slack formatting and
code blocks much better, so #eng-* channels use them.
"""
from __future__ import annotations

import os
from typing import Dict, Type

import requests

from lib.clients import get_cohere_client, get_groq_client, get_mistral_client, get_openai_client
from lib.prompts import TRANSLATE_SYSTEM
from lib.settings import MODELS


class Backend:
    name = "base"

    def translate(self, text: str, target: str) -> str:  # pragma: no cover - interface
        raise NotImplementedError


class MistralBackend(Backend):
    name = "mistral"

    def __init__(self) -> None:
        self.client = get_mistral_client()

    def translate(self, text: str, target: str) -> str:
        resp = self.client.chat.complete(
            model=MODELS.mistral_small,
            messages=[
                {"role": "system", "content": TRANSLATE_SYSTEM.format(target=target)},
                {"role": "user", "content": text},
            ],
            temperature=0.0,
        )
        return resp.choices[0].message.content.strip()


class GroqBackend(Backend):
    name = "groq"

    def __init__(self) -> None:
        self.client = get_groq_client()

    def translate(self, text: str, target: str) -> str:
        resp = self.client.chat.completions.create(
            model=MODELS.groq_chat,
            messages=[
                {"role": "system", "content": TRANSLATE_SYSTEM.format(target=target)},
                {"role": "user", "content": text},
            ],
            temperature=0.0,
        )
        return (resp.choices[0].message.content or "").strip()


class CohereBackend(Backend):
    name = "cohere"

    def __init__(self) -> None:
        self.co = get_cohere_client()

    def translate(self, text: str, target: str) -> str:
        resp = self.co.chat(
            model="command-a-translate-08-2025",
            messages=[{"role": "user", "content": f"Translate into {target}:\n\n{text}"}],
        )
        return "".join(p.text for p in resp.message.content).strip()


class OpenAIBackend(Backend):
    name = "openai"

    def translate(self, text: str, target: str) -> str:
        resp = get_openai_client().responses.create(
            model=MODELS.openai_chat,
            instructions=TRANSLATE_SYSTEM.format(target=target),
            input=text,
        )
        return resp.output_text.strip()


class DeepLBackend(Backend):
    """Not an LLM; plain machine translation API."""

    name = "deepl"

    def __init__(self) -> None:
        self.key = os.environ.get("DEEPL_API_KEY", "")
        self.url = "https://api-free.deepl.com/v2/translate" if self.key.endswith(":fx") else "https://api.deepl.com/v2/translate"

    def translate(self, text: str, target: str) -> str:
        r = requests.post(
            self.url,
            headers={"Authorization": f"DeepL-Auth-Key {self.key}"},
            data={"text": text, "target_lang": target[:2].upper()},
            timeout=20,
        )
        r.raise_for_status()
        return r.json()["translations"][0]["text"]


BACKENDS: Dict[str, Type[Backend]] = {
    cls.name: cls for cls in (MistralBackend, GroqBackend, CohereBackend, OpenAIBackend, DeepLBackend)
}

_instances: Dict[str, Backend] = {}


def get_backend(name: str) -> Backend:
    if name not in _instances:
        _instances[name] = BACKENDS[name]()
    return _instances[name]
