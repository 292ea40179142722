"""Small registry of "prompt in, text out" backends.

Added when keywords moved off DeepSeek for a week (rate limits). Only used by a
couple of nodes; the dataflows proper take their clients as Hamilton inputs.
"""
from __future__ import annotations

from typing import Callable

from enrichment.clients import get_anthropic, get_genai, get_openai, get_together
from enrichment.settings import SETTINGS

ChatFn = Callable[[str], str]


def _openai(prompt: str) -> str:
    resp = get_openai().chat.completions.create(
        model=SETTINGS.default_chat_model,
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content or ""


def _anthropic(prompt: str) -> str:
    msg = get_anthropic().messages.create(
        model=SETTINGS.default_claude_model,
        max_tokens=512,
        messages=[{"role": "user", "content": prompt}],
    )
    return msg.content[0].text


def _together(prompt: str) -> str:
    resp = get_together().chat.completions.create(
        model=SETTINGS.together_chat_model,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=256,
    )
    return resp.choices[0].message.content


def _gemini(prompt: str) -> str:
    return get_genai().models.generate_content(model=SETTINGS.gemini_model, contents=prompt).text


_BACKENDS: dict[str, ChatFn] = {
    "openai": _openai,
    "anthropic": _anthropic,
    "together": _together,
    "google": _gemini,
}


def chat_backend(name: str) -> ChatFn:
    try:
        return _BACKENDS[name]
    except KeyError:
        raise ValueError(f"unknown backend {name!r}; have {sorted(_BACKENDS)}") from None


def register(name: str, fn: ChatFn) -> None:
    _BACKENDS[name] = fn
