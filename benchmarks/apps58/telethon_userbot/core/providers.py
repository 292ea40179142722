"""Provider switch.

``.provider groq`` in any chat flips the default backend used by the
``.ask``/``.tldr`` commands. Each backend is a small async function that
takes OpenAI-style messages and returns plain text.

NOTE(dmitry): this predates multi_model_service and is not tracked. New
commands should go through ``core.multi_model_service`` instead; the switch
stays because the per-chat override is handy.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Awaitable, Callable

from google.genai import types as genai_types

from config import settings
from core.clients import (
    get_anthropic_client,
    get_genai_client,
    get_groq_client,
    get_openai_client,
    get_xai_client,
)

log = logging.getLogger(__name__)

Messages = list[dict[str, str]]
Backend = Callable[[Messages, int], Awaitable[str]]


def _split_system(messages: Messages) -> tuple[str, Messages]:
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [m for m in messages if m["role"] != "system"]
    return system, rest


async def _openai_backend(messages: Messages, max_tokens: int) -> str:
    client = get_openai_client()
    resp = await client.chat.completions.create(
        model=settings.openai_model,
        messages=messages,
        max_tokens=max_tokens,
    )
    return resp.choices[0].message.content or ""


async def _anthropic_backend(messages: Messages, max_tokens: int) -> str:
    system, rest = _split_system(messages)
    resp = await get_anthropic_client().messages.create(
        model=settings.anthropic_model,
        system=system or "You are a helpful assistant.",
        messages=rest,
        max_tokens=max_tokens,
    )
    return "".join(block.text for block in resp.content if block.type == "text")


async def _gemini_backend(messages: Messages, max_tokens: int) -> str:
    system, rest = _split_system(messages)
    contents = [
        genai_types.Content(
            role="model" if m["role"] == "assistant" else "user",
            parts=[genai_types.Part(text=m["content"])],
        )
        for m in rest
    ]
    resp = await get_genai_client().aio.models.generate_content(
        model=settings.gemini_model,
        contents=contents,
        config=genai_types.GenerateContentConfig(
            system_instruction=system or None,
            max_output_tokens=max_tokens,
        ),
    )
    return resp.text or ""


async def _groq_backend(messages: Messages, max_tokens: int) -> str:
    groq = get_groq_client()
    resp = await groq.chat.completions.create(
        model=settings.groq_model, messages=messages, max_tokens=max_tokens, temperature=0.4
    )
    return resp.choices[0].message.content or ""


async def _xai_backend(messages: Messages, max_tokens: int) -> str:
    resp = await get_xai_client().chat.completions.create(
        model=settings.xai_model, messages=messages, max_tokens=max_tokens
    )
    return resp.choices[0].message.content or ""


BACKENDS: dict[str, Backend] = {
    "openai": _openai_backend,
    "anthropic": _anthropic_backend,
    "claude": _anthropic_backend,
    "gemini": _gemini_backend,
    "groq": _groq_backend,
    "xai": _xai_backend,
    "grok": _xai_backend,
}


@dataclass
class ProviderSwitch:
    default: str = settings.default_provider
    per_chat: dict[int, str] | None = None

    def __post_init__(self) -> None:
        if self.per_chat is None:
            self.per_chat = {}

    def set(self, chat_id: int, name: str) -> None:
        if name not in BACKENDS:
            raise KeyError(name)
        self.per_chat[chat_id] = name  # type: ignore[index]

    def current(self, chat_id: int | None) -> str:
        if chat_id is not None and self.per_chat and chat_id in self.per_chat:
            return self.per_chat[chat_id]
        return self.default

    async def complete(self, messages: Messages, *, chat_id: int | None = None, max_tokens: int = 800) -> str:
        name = self.current(chat_id)
        backend = BACKENDS[name]
        log.info("provider switch -> %s (chat=%s)", name, chat_id)
        return await backend(messages, max_tokens)


provider_switch = ProviderSwitch()
