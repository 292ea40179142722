"""Route a plain (system, user) prompt to whichever provider the user picked.

The menu's "Provider" submenu flips `ProviderSwitch.active`.
"""
from __future__ import annotations

import logging
import time
from typing import Callable

from menubar.llm.clients import (
    get_anthropic_client,
    get_cohere_client,
    get_deepseek_client,
    get_ollama_client,
    get_openai_client,
)
from menubar.llm.prompts import messages

log = logging.getLogger(__name__)


class ProviderError(RuntimeError):
    pass


def _openai_chat(system: str, user: str, model: str, max_tokens: int) -> str:
    client = get_openai_client()
    resp = client.chat.completions.create(
        model=model,
        messages=messages(system, user),
        max_tokens=max_tokens,
        temperature=0.3,
    )
    return resp.choices[0].message.content or ""


def _anthropic_chat(system: str, user: str, model: str, max_tokens: int) -> str:
    resp = get_anthropic_client().messages.create(
        model=model,
        system=system,
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": user}],
    )
    return "".join(block.text for block in resp.content if block.type == "text")


def _deepseek_chat(system: str, user: str, model: str, max_tokens: int) -> str:
    ds = get_deepseek_client()
    resp = ds.chat.completions.create(model=model, messages=messages(system, user), max_tokens=max_tokens)
    return resp.choices[0].message.content or ""


def _ollama_chat(system: str, user: str, model: str, max_tokens: int) -> str:
    resp = get_ollama_client().chat(
        model=model,
        messages=messages(system, user),
        options={"num_predict": max_tokens, "temperature": 0.3},
    )
    return resp["message"]["content"]


def _cohere_chat(system: str, user: str, model: str, max_tokens: int) -> str:
    co = get_cohere_client()
    resp = co.chat(model=model, messages=messages(system, user), max_tokens=max_tokens)
    return "".join(part.text for part in resp.message.content)


BACKENDS: dict[str, Callable[[str, str, str, int], str]] = {
    "openai": _openai_chat,
    "anthropic": _anthropic_chat,
    "deepseek": _deepseek_chat,
    "ollama": _ollama_chat,
    "cohere": _cohere_chat,
}

FALLBACK_ORDER = ["openai", "anthropic", "deepseek", "ollama"]


class ProviderSwitch:
    def __init__(self, settings, backends: dict | None = None):
        self.settings = settings
        self.backends = backends if backends is not None else dict(BACKENDS)
        self.active = settings.provider
        self.last_latency: float | None = None

    @property
    def names(self) -> list[str]:
        return list(self.backends)

    def select(self, name: str) -> None:
        if name not in self.backends:
            raise ProviderError(f"unknown provider {name!r}")
        self.active = name
        self.settings.provider = name

    def complete(self, system: str, user: str, max_tokens: int = 600, fallback: bool = True) -> str:
        order = [self.active] + ([p for p in FALLBACK_ORDER if p != self.active] if fallback else [])
        last_exc: Exception | None = None
        for name in order:
            backend = self.backends.get(name)
            if backend is None:
                continue
            started = time.monotonic()
            try:
                text = backend(system, user, self.settings.model_for(name), max_tokens)
            except Exception as exc:  # noqa: BLE001 - any provider failure -> next one
                log.warning("provider %s failed: %s", name, exc)
                last_exc = exc
                continue
            self.last_latency = time.monotonic() - started
            if name != self.active:
                log.info("fell back to %s", name)
            return text.strip()
        raise ProviderError(f"all providers failed: {last_exc}")
