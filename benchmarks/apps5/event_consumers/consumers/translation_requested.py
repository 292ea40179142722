"""content.translation.requested -> Mistral translations."""
from __future__ import annotations

import asyncio
from typing import Dict, List

from core.consumer import Consumer, HandlerError, Message, handles
from core.retry import acall_with_retry
from core.settings import settings
from llm.mistral_client import detect_language, get_mistral

LANGUAGE_NAMES = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "en": "English",
}


def _system(target: str, glossary: Dict[str, str]) -> str:
    rules = "\n".join(f"- translate '{k}' as '{v}'" for k, v in glossary.items())
    return f"Translate the user's text into {LANGUAGE_NAMES[target]}. Keep markdown intact.\n{rules}"


@handles("content.translation.requested")
class TranslationHandler(Consumer):
    async def translate_all(self, text: str, targets: List[str], glossary: Dict[str, str]) -> Dict[str, str]:
        client = get_mistral()

        async def one(target: str) -> str:
            res = await client.chat.complete_async(
                model=settings.mistral.model,
                messages=[
                    {"role": "system", "content": _system(target, glossary)},
                    {"role": "user", "content": text},
                ],
                temperature=0.2,
            )
            return res.choices[0].message.content or ""

        results = await asyncio.gather(*(one(t) for t in targets))
        return dict(zip(targets, results))

    async def handle(self, message: Message) -> Dict[str, str]:
        payload = message.value
        text = payload["text"]
        targets = [t for t in payload.get("targets", []) if t in LANGUAGE_NAMES]
        if not targets:
            raise HandlerError("no supported target languages")
        source = payload.get("source") or await asyncio.to_thread(detect_language, text)
        targets = [t for t in targets if t != source]
        return await acall_with_retry(self.translate_all, text, targets, payload.get("glossary", {}))


@handles("content.preview.requested")
class PreviewTranslationHandler(Consumer):
    """Streams a quick preview translation back to the CMS websocket relay."""

    def handle(self, message: Message) -> str:
        target = message.value.get("target", "de")
        mistral = get_mistral()
        pieces: List[str] = []
        with mistral.chat.stream(
            model=settings.mistral.small_model,
            messages=[
                {"role": "system", "content": _system(target, {})},
                {"role": "user", "content": message.value["text"][:4000]},
            ],
        ) as events:
            for event in events:
                delta = event.data.choices[0].delta.content
                if delta:
                    pieces.append(str(delta))
        return "".join(pieces)
