"""Translation.

``.tr [lang:] <text>`` or reply ``.tr de`` – translate with Groq (fast + cheap).
``.trt [lang:] <text>`` – same, but tracked (kept for comparing costs).
"""
from __future__ import annotations

import logging

from telethon import events

from config import settings
from core import prompts
from core.llm_usage_tracker import llm_tracker
from utils.telegram import input_or_reply
from utils.text import parse_lang_prefix

log = logging.getLogger(__name__)

LANG_NAMES = {
    "en": "English",
    "de": "German",
    "ru": "Russian",
    "uk": "Ukrainian",
    "es": "Spanish",
    "fr": "French",
    "it": "Italian",
    "pt": "Portuguese",
    "tr": "Turkish",
    "ja": "Japanese",
    "zh": "Chinese (simplified)",
}


def _target(code: str) -> str:
    return LANG_NAMES.get(code.lower(), code)


async def translate(event: events.NewMessage.Event) -> None:
    raw = await input_or_reply(event)
    code, text = parse_lang_prefix(raw, default="en")
    if not text:
        await event.edit("usage: .tr [lang:] <text>")
        return
    result = await event.client.groq.chat.completions.create(
        model=settings.groq_model,
        messages=[
            {"role": "system", "content": prompts.TRANSLATE.format(target=_target(code))},
            {"role": "user", "content": text},
        ],
        temperature=0.1,
    )
    await event.edit(result.choices[0].message.content or text)


async def translate_tracked(event: events.NewMessage.Event) -> None:
    raw = await input_or_reply(event)
    code, text = parse_lang_prefix(raw, default="en")
    groq = event.client.groq
    async with llm_tracker.track_llm_call(
        provider="groq", model=settings.groq_model, feature_context="translate"
    ) as usage_log:
        result = await groq.chat.completions.create(
            model=settings.groq_model,
            messages=[
                {"role": "system", "content": prompts.TRANSLATE.format(target=_target(code))},
                {"role": "user", "content": text},
            ],
            temperature=0.1,
        )
        usage_log.input_tokens = result.usage.prompt_tokens
        usage_log.output_tokens = result.usage.completion_tokens
    await event.edit(result.choices[0].message.content or text)


HANDLERS = [
    (translate, events.NewMessage(outgoing=True, pattern=r"^\.tr(?:\s+(.+))?$")),
    (translate_tracked, events.NewMessage(outgoing=True, pattern=r"^\.trt(?:\s+(.+))?$")),
]
