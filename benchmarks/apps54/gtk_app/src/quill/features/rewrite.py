"""Rewrite a selection in a different tone."""

from __future__ import annotations

import logging

from quill.ai import get_anthropic_client, get_mistral_client
from quill.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

TONES = {
    "formal": "Rewrite the text in a formal, professional register.",
    "friendly": "Rewrite the text so it sounds warm and friendly, without slang.",
    "concise": "Rewrite the text to be as short as possible while keeping every fact.",
}

REWRITE_MODEL = "claude-3-5-sonnet-latest"


def _instruction(tone: str) -> str:
    return TONES.get(tone, TONES["concise"]) + " Return only the rewritten text."


def rewrite(text: str, tone: str = "concise") -> str:
    message = get_anthropic_client().messages.create(
        model=REWRITE_MODEL,
        max_tokens=4096,
        system=_instruction(tone),
        messages=[{"role": "user", "content": text}],
    )
    return message.content[0].text.strip()


async def rewrite_tracked(text: str, tone: str = "concise") -> str:
    client = get_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=REWRITE_MODEL, feature_context="rewrite"
    ) as usage_log:
        message = client.messages.create(
            model=REWRITE_MODEL,
            max_tokens=4096,
            system=_instruction(tone),
            messages=[{"role": "user", "content": text}],
        )
        usage_log.input_tokens = message.usage.input_tokens
        usage_log.output_tokens = message.usage.output_tokens
    return message.content[0].text.strip()


def rewrite_cheap(text: str, tone: str = "concise") -> str:
    # TODO(tomasz): fold into rewrite() once the backend picker lands in prefs
    client = get_mistral_client()
    res = client.chat.complete(
        model="mistral-small-latest",
        messages=[
            {"role": "system", "content": _instruction(tone)},
            {"role": "user", "content": text},
        ],
    )
    return res.choices[0].message.content.strip()


def variants(text: str, tones: list[str] | None = None) -> dict[str, str]:
    return {tone: rewrite(text, tone) for tone in (tones or list(TONES))}
