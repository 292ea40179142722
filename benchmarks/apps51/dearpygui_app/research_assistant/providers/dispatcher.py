"""Provider dispatch keyed by the name shown in the provider combo box."""
from __future__ import annotations

import logging
from typing import Callable

from research_assistant.providers.anthropic_provider import claude_complete
from research_assistant.providers.gemini_genai import generate as genai_generate
from research_assistant.providers.gemini_legacy import gemini_complete
from research_assistant.providers.litellm_provider import litellm_complete
from research_assistant.providers.openai_provider import OpenAIChat

log = logging.getLogger(__name__)

ChatFn = Callable[[list[dict]], str]


def _genai_chat(messages: list[dict]) -> str:
    system = "\n".join(m["content"] for m in messages if m["role"] == "system") or None
    transcript = "\n\n".join(
        f"{m['role'].upper()}: {m['content']}" for m in messages if m["role"] != "system"
    )
    return genai_generate(transcript, system=system)


PROVIDERS: dict[str, ChatFn] = {
    "anthropic": claude_complete,
    "gemini": gemini_complete,
    "gemini-2": _genai_chat,
    "litellm": litellm_complete,
}


def _openai(messages: list[dict]) -> str:
    return OpenAIChat().complete(messages)


PROVIDERS["openai"] = _openai


def provider_names() -> list[str]:
    return sorted(PROVIDERS)


def dispatch(provider: str, messages: list[dict]) -> str:
    try:
        fn = PROVIDERS[provider]
    except KeyError:
        log.warning("unknown provider %s, falling back to openai", provider)
        fn = PROVIDERS["openai"]
    return fn(messages)
