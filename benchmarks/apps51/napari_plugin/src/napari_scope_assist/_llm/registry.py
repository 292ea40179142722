"""Provider registry: maps a provider name to a client factory and model."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from .._settings import get_settings
from . import clients


@dataclass(frozen=True)
class ProviderSpec:
    name: str
    factory: Callable[[], Any]
    vision: bool
    model_attr: str
    label: str

    @property
    def model(self) -> str:
        return getattr(get_settings(), self.model_attr)

    def client(self) -> Any:
        return self.factory()


PROVIDERS: dict[str, ProviderSpec] = {}


def register(spec: ProviderSpec) -> None:
    PROVIDERS[spec.name] = spec


register(ProviderSpec("openai", clients.get_openai_client, True, "openai_model", "OpenAI"))
register(ProviderSpec("gemini", clients.get_gemini_client, True, "gemini_model", "Google Gemini"))
register(ProviderSpec("anthropic", clients.get_anthropic_client, True, "anthropic_model", "Anthropic Claude"))
register(ProviderSpec("ollama", clients.get_ollama_client, True, "ollama_model", "Ollama (local)"))
register(ProviderSpec("cerebras", clients.get_cerebras_client, False, "cerebras_model", "Cerebras"))


def get_provider(name: str | None = None) -> ProviderSpec:
    name = name or get_settings().default_provider
    try:
        return PROVIDERS[name]
    except KeyError:
        raise ValueError(f"unknown provider {name!r}; choose from {sorted(PROVIDERS)}") from None


def vision_providers() -> list[str]:
    return [name for name, spec in PROVIDERS.items() if spec.vision]


def get_client(name: str):
    """Shortcut used by older widgets."""
    return get_provider(name).client()
