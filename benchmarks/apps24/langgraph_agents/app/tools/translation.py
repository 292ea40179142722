"""Reply translation for non-English tickets (Mistral is cheapest for EU languages)."""
from __future__ import annotations

import logging
from typing import Iterator

from mistralai import Mistral

logger = logging.getLogger(__name__)

SUPPORTED = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch", "pl": "Polish"}


class Translator:
    def __init__(self, client: Mistral, model: str = "mistral-small-latest"):
        self.client = client
        self.model = model

    def _messages(self, text: str, target: str) -> list[dict]:
        return [
            {
                "role": "system",
                "content": f"Translate the customer-support reply into {SUPPORTED[target]}. "
                "Keep placeholders like [KB-1] and order numbers unchanged. Output only the translation.",
            },
            {"role": "user", "content": text},
        ]

    def translate(self, text: str, target: str) -> str:
        if target not in SUPPORTED:
            return text
        res = self.client.chat.complete(model=self.model, messages=self._messages(text, target), temperature=0)
        return res.choices[0].message.content or text

    def translate_stream(self, text: str, target: str) -> Iterator[str]:
        if target not in SUPPORTED:
            yield text
            return
        stream = self.client.chat.stream(model=self.model, messages=self._messages(text, target))
        for event in stream:
            delta = event.data.choices[0].delta.content
            if delta:
                yield delta


def translate_node_factory(translator: Translator):
    def translate_reply(state: dict) -> dict:
        lang = state.get("language", "en")
        if lang == "en" or not state.get("draft"):
            return {}
        return {"draft": translator.translate(state["draft"], lang)}

    return translate_reply
