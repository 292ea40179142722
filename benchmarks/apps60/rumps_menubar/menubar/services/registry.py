"""Holds the long-lived clients and feature objects the app hands around."""
from __future__ import annotations

from dataclasses import dataclass, field

from menubar.llm.clients import (
    get_anthropic_client,
    get_cohere_client,
    get_deepseek_client,
    get_ollama_client,
    get_openai_client,
)


@dataclass
class ServiceRegistry:
    openai: object = field(default_factory=get_openai_client)
    anthropic: object = field(default_factory=get_anthropic_client)
    deepseek: object = field(default_factory=get_deepseek_client)
    ollama: object = field(default_factory=get_ollama_client)
    cohere: object = field(default_factory=get_cohere_client)
    extras: dict = field(default_factory=dict)

    def get(self, name: str):
        if hasattr(self, name):
            return getattr(self, name)
        return self.extras[name]

    def register(self, name: str, obj) -> None:
        self.extras[name] = obj


_registry: ServiceRegistry | None = None


def services() -> ServiceRegistry:
    global _registry
    if _registry is None:
        _registry = ServiceRegistry()
    return _registry


def reset() -> None:
    global _registry
    _registry = None
