"""NPC brain backends.

Every backend exposes ``complete(system, messages, max_tokens)`` and returns
plain text. Map data picks a backend per NPC by name ("groq", "openai", ...).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Protocol

from rpg.ai import clients
from settings import AI_SETTINGS

log = logging.getLogger(__name__)

Message = dict[str, str]


class Backend(Protocol):
    name: str

    def complete(self, system: str, messages: list[Message], max_tokens: int = ...) -> str: ...


@dataclass
class Reply:
    text: str
    backend: str
    prompt_tokens: int = 0
    completion_tokens: int = 0


class OpenAIBackend:
    name = "openai"

    def __init__(self, model: str | None = None):
        self.model = model or AI_SETTINGS.openai_model
        self.client = clients.get_openai()

    def complete(self, system: str, messages: list[Message], max_tokens: int = 180) -> str:
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": system}, *messages],
            max_tokens=max_tokens,
            temperature=0.9,
        )
        return resp.choices[0].message.content or ""


class AnthropicBackend:
    name = "anthropic"

    def __init__(self, model: str | None = None):
        self.model = model or AI_SETTINGS.anthropic_model
        self._client = clients.get_anthropic()

    def complete(self, system: str, messages: list[Message], max_tokens: int = 180) -> str:
        msg = self._client.messages.create(
            model=self.model,
            system=system,
            messages=messages,
            max_tokens=max_tokens,
        )
        return "".join(block.text for block in msg.content if block.type == "text")


class GroqBackend:
    name = "groq"

    def __init__(self, model: str | None = None):
        self.model = model or AI_SETTINGS.groq_model
        self.client = clients.get_groq()

    def complete(self, system: str, messages: list[Message], max_tokens: int = 180) -> str:
        chat = self.client.chat
        resp = chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": system}] + list(messages),
            max_tokens=max_tokens,
        )
        return resp.choices[0].message.content


class OllamaBackend:
    """Local model. Good enough for background villagers, free, and works offline."""

    name = "ollama"

    def __init__(self, model: str | None = None, host: str | None = None):
        self.model = model or AI_SETTINGS.ollama_model
        self.client = clients.make_ollama(host)

    def complete(self, system: str, messages: list[Message], max_tokens: int = 180) -> str:
        resp = self.client.chat(
            model=self.model,
            messages=[{"role": "system", "content": system}, *messages],
            options={"num_predict": max_tokens, "temperature": 0.8},
        )
        return resp["message"]["content"]


class CannedBackend:
    """Offline fallback: picks lines from the NPC's canned list."""

    name = "canned"

    def __init__(self, lines: list[str] | None = None):
        self.lines = lines or ["...", "Hm.", "Safe travels, stranger."]
        self._i = 0

    def complete(self, system: str, messages: list[Message], max_tokens: int = 180) -> str:
        line = self.lines[self._i % len(self.lines)]
        self._i += 1
        return line


BACKENDS: dict[str, Callable[[], Backend]] = {
    "openai": OpenAIBackend,
    "anthropic": AnthropicBackend,
    "groq": GroqBackend,
    "ollama": OllamaBackend,
    "canned": CannedBackend,
}

_instances: dict[str, Backend] = {}


def get_backend(name: str | None = None) -> Backend:
    name = name or AI_SETTINGS.default_backend
    if AI_SETTINGS.offline:
        name = "canned"
    if name not in _instances:
        try:
            _instances[name] = BACKENDS[name]()
        except clients.MissingKeyError as exc:
            log.warning("backend %s unavailable (%s); falling back to ollama", name, exc)
            _instances[name] = BACKENDS["ollama"]()
    return _instances[name]


def complete_with_fallback(system: str, messages: list[Message], order: tuple[str, ...] = ("groq", "ollama")) -> str:
    last_exc: Exception | None = None
    for name in order:
        try:
            return get_backend(name).complete(system, messages)
        except Exception as exc:  # noqa: BLE001 - any backend failure means "try next"
            log.info("backend %s failed: %s", name, exc)
            last_exc = exc
    raise RuntimeError("all backends failed") from last_exc
