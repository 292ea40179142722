"""Provider registry for the chat copilot's model picker.

Maps a provider key to the client getter and the models we expose in the UI.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from openai import AsyncOpenAI

from ..clients import get_fireworks, get_groq, get_openai
from ..config import settings


@dataclass(frozen=True)
class ChatProvider:
    key: str
    label: str
    factory: Callable[[], AsyncOpenAI]
    models: tuple[str, ...]

    @property
    def client(self) -> AsyncOpenAI:
        return self.factory()

    @property
    def default_model(self) -> str:
        return self.models[0]


CHAT_PROVIDERS: dict[str, ChatProvider] = {
    "openai": ChatProvider("openai", "OpenAI", get_openai, ("gpt-4o-mini", "gpt-4o")),
    "groq": ChatProvider("groq", "Groq (fast)", get_groq, (settings.fast_model, "llama-3.3-70b-versatile")),
    "fireworks": ChatProvider(
        "fireworks",
        "Fireworks",
        get_fireworks,
        (settings.fireworks_model, "accounts/fireworks/models/qwen2p5-72b-instruct"),
    ),
}


def resolve(provider_key: str, model: str | None = None) -> tuple[AsyncOpenAI, str]:
    provider = CHAT_PROVIDERS.get(provider_key) or CHAT_PROVIDERS["openai"]
    chosen = model if model in provider.models else provider.default_model
    return provider.client, chosen


def picker_options() -> list[dict[str, str]]:
    return [
        {"value": f"{p.key}:{m}", "label": f"{p.label} · {m}"}
        for p in CHAT_PROVIDERS.values()
        for m in p.models
    ]
