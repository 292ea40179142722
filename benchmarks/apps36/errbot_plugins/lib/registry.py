"""A tiny provider registry: name -> chat function.

Plugins that just need "some model, give me text" use ``chat(provider, ...)``
instead of picking an SDK. The provider is usually a plugin config value.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional

from lib import clients
from lib.settings import MODELS

log = logging.getLogger(__name__)

Messages = List[Dict[str, str]]


@dataclass
class ChatResult:
    text: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


def _openai_chat(messages: Messages, model: Optional[str], max_tokens: int) -> ChatResult:
    client = clients.get_openai_client()
    model = model or MODELS.openai_chat
    resp = client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
    return ChatResult(
        resp.choices[0].message.content or "", "openai", model,
        resp.usage.prompt_tokens, resp.usage.completion_tokens,
    )


def _anthropic_chat(messages: Messages, model: Optional[str], max_tokens: int) -> ChatResult:
    system = "\n".join(m["content"] for m in messages if m["role"] == "system")
    turns = [m for m in messages if m["role"] != "system"]
    model = model or MODELS.anthropic_fast
    resp = clients.get_anthropic_client().messages.create(
        model=model,
        system=system or None,
        messages=turns,
        max_tokens=max_tokens,
    )
    text = "".join(block.text for block in resp.content if block.type == "text")
    return ChatResult(text, "anthropic", model, resp.usage.input_tokens, resp.usage.output_tokens)


def _mistral_chat(messages: Messages, model: Optional[str], max_tokens: int) -> ChatResult:
    model = model or MODELS.mistral_small
    resp = clients.get_mistral_client().chat.complete(model=model, messages=messages, max_tokens=max_tokens)
    return ChatResult(
        resp.choices[0].message.content, "mistral", model,
        resp.usage.prompt_tokens, resp.usage.completion_tokens,
    )


def _cohere_chat(messages: Messages, model: Optional[str], max_tokens: int) -> ChatResult:
    model = model or MODELS.cohere_chat
    co = clients.get_cohere_client()
    resp = co.chat(model=model, messages=messages, max_tokens=max_tokens)
    text = "".join(part.text for part in resp.message.content or [])
    billed = resp.usage.billed_units
    return ChatResult(text, "cohere", model, int(billed.input_tokens or 0), int(billed.output_tokens or 0))


def _groq_chat(messages: Messages, model: Optional[str], max_tokens: int) -> ChatResult:
    model = model or MODELS.groq_chat
    resp = clients.get_groq_client().chat.completions.create(
        model=model, messages=messages, max_tokens=max_tokens, temperature=0.2
    )
    return ChatResult(
        resp.choices[0].message.content or "", "groq", model,
        resp.usage.prompt_tokens, resp.usage.completion_tokens,
    )


PROVIDERS: Dict[str, Callable[[Messages, Optional[str], int], ChatResult]] = {
    "openai": _openai_chat,
    "anthropic": _anthropic_chat,
    "mistral": _mistral_chat,
    "cohere": _cohere_chat,
    "groq": _groq_chat,
}


def register(name: str, fn: Callable[[Messages, Optional[str], int], ChatResult]) -> None:
    if name in PROVIDERS:
        log.warning("overriding chat provider %s", name)
    PROVIDERS[name] = fn


def chat(provider: str, messages: Messages, model: Optional[str] = None, max_tokens: int = 800) -> ChatResult:
    try:
        fn = PROVIDERS[provider]
    except KeyError:
        raise ValueError(f"unknown provider {provider!r}; known: {', '.join(sorted(PROVIDERS))}") from None
    return fn(messages, model, max_tokens)


def available() -> list[str]:
    return sorted(PROVIDERS)
