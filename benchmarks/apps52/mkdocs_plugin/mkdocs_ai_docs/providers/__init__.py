"""Provider registry: maps the ``provider`` config option to a backend."""

from __future__ import annotations

from typing import Callable, Dict

from mkdocs_ai_docs.providers import clients
from mkdocs_ai_docs.providers.anthropic_backend import AnthropicBackend
from mkdocs_ai_docs.providers.base import Backend, Completion
from mkdocs_ai_docs.providers.cohere_backend import CohereBackend
from mkdocs_ai_docs.providers.deepseek_backend import DeepSeekBackend
from mkdocs_ai_docs.providers.google_backend import GoogleBackend
from mkdocs_ai_docs.providers.openai_backend import OpenAIBackend

BackendFactory = Callable[..., Backend]

_REGISTRY: Dict[str, BackendFactory] = {}


def register(name: str) -> Callable[[BackendFactory], BackendFactory]:
    def deco(factory: BackendFactory) -> BackendFactory:
        _REGISTRY[name] = factory
        return factory

    return deco


@register("openai")
def _openai(model: str, temperature: float = 0.2, api_key_env=None, base_url=None, vision_model=None) -> Backend:
    client = clients.get_openai_client(api_key_env, base_url)
    return OpenAIBackend(client, model, temperature, vision_model=vision_model)


@register("deepseek")
def _deepseek(model: str, temperature: float = 0.2, api_key_env=None, **_ignored) -> Backend:
    return DeepSeekBackend(clients.get_deepseek_client(api_key_env), model, temperature)


@register("anthropic")
def _anthropic(model: str, temperature: float = 0.2, api_key_env=None, base_url=None, **_ignored) -> Backend:
    return AnthropicBackend(model, temperature, api_key_env=api_key_env, base_url=base_url)


@register("google")
def _google(model: str, temperature: float = 0.2, api_key_env=None, **_ignored) -> Backend:
    return GoogleBackend(clients.get_genai_client(api_key_env), model, temperature)


@register("cohere")
def _cohere(model: str, temperature: float = 0.2, api_key_env=None, **_ignored) -> Backend:
    return CohereBackend(model, temperature, api_key_env=api_key_env)


def get_backend(name: str, **kwargs) -> Backend:
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown ai-docs provider {name!r}; choose one of {sorted(_REGISTRY)}") from None
    return factory(**kwargs)


def available() -> list[str]:
    return sorted(_REGISTRY)


__all__ = ["Backend", "Completion", "clients", "get_backend", "register", "available"]
