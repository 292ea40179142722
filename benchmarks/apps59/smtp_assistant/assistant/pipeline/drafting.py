"""Draft replies. Drafts are stored for human approval, never auto-sent unless a rule says so."""
from __future__ import annotations

import logging
from typing import AsyncIterator

from assistant.config import get_settings
from assistant.llm import get_async_openai_client, get_openai_client
from assistant.llm.clients import get_anthropic_client
from assistant.llm.prompts import DRAFT_SYSTEM
from assistant.parsing import ParsedMessage, strip_quoted
from assistant.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

OWNER = "the Acme Ltd team"
SIGNATURE = "Acme Ltd"


def _system() -> str:
    return DRAFT_SYSTEM.format(owner=OWNER, signature=SIGNATURE)


class ReplyDrafter:
    def __init__(self, client=None, model: str | None = None):
        self.client = client or get_openai_client()
        self.model = model or get_settings().openai_draft_model

    def draft(self, msg: ParsedMessage, guidance: str | None = None) -> str:
        user = msg.short()
        if guidance:
            user += f"\n\nGuidance from the owner: {guidance}"
        resp = self.client.responses.create(
            model=self.model,
            instructions=_system(),
            input=user,
            max_output_tokens=600,
        )
        return resp.output_text.strip()

    def redraft(self, msg: ParsedMessage, previous: str, feedback: str) -> str:
        completion = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": _system()},
                {"role": "user", "content": msg.short()},
                {"role": "assistant", "content": previous},
                {"role": "user", "content": f"Rewrite the reply. Feedback: {feedback}"},
            ],
        )
        return completion.choices[0].message.content.strip()


async def stream_draft(msg: ParsedMessage) -> AsyncIterator[str]:
    """Used by the admin UI's live preview."""
    client = get_async_openai_client()
    stream = await client.chat.completions.create(
        model=get_settings().openai_model,
        messages=[{"role": "system", "content": _system()}, {"role": "user", "content": msg.short()}],
        stream=True,
    )
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content


def draft_with_claude(msg: ParsedMessage, tone: str = "warm") -> str:
    settings = get_settings()
    parts: list[str] = []
    with get_anthropic_client().messages.stream(
        model=settings.anthropic_model,
        max_tokens=700,
        system=_system() + f"\nTone: {tone}.",
        messages=[{"role": "user", "content": strip_quoted(msg.body)}],
    ) as stream:
        for text in stream.text_stream:
            parts.append(text)
    return "".join(parts).strip()


async def draft_tracked(msg: ParsedMessage) -> str:
    """New-style path with usage logging; the UI 'regenerate' button uses this."""
    client = get_async_openai_client()
    model = get_settings().openai_draft_model
    async with llm_tracker.track_llm_call(provider="openai", model=model, feature_context="draft_reply") as usage_log:
        resp = await client.chat.completions.create(
            model=model,
            messages=[{"role": "system", "content": _system()}, {"role": "user", "content": msg.short()}],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content or ""
