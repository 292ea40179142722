"""Provider registry.

``build_providers`` is called once from the CLI group callback; the result lives on
``AppContext.providers``.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from datalingo.clients import Clients, get_anthropic, get_openai  # noqa: F401  (re-exported for scripts)
from datalingo.config import Settings
from datalingo.providers.anthropic_provider import AnthropicProvider
from datalingo.providers.base import Completion, Provider, ProviderError
from datalingo.providers.bedrock_provider import BedrockProvider
from datalingo.providers.cohere_provider import CohereProvider
from datalingo.providers.litellm_provider import LiteLLMProvider
from datalingo.providers.openai_provider import OpenAIProvider
from datalingo.providers.replicate_provider import ReplicateProvider
from datalingo.providers.together_provider import TogetherProvider

log = logging.getLogger(__name__)

ProviderFactory = Callable[[Settings, Clients], Provider]

_FACTORIES: dict[str, ProviderFactory] = {}


def register(name: str) -> Callable[[ProviderFactory], ProviderFactory]:
    def deco(fn: ProviderFactory) -> ProviderFactory:
        _FACTORIES[name] = fn
        return fn

    return deco


@register("openai")
def _openai(settings: Settings, clients: Clients) -> Provider:
    return OpenAIProvider(clients["openai"], settings.openai_model, settings.embedding_model)


@register("anthropic")
def _anthropic(settings: Settings, clients: Clients) -> Provider:
    return AnthropicProvider(clients["anthropic"], settings.anthropic_model)


@register("cohere")
def _cohere(settings: Settings, clients: Clients) -> Provider:
    return CohereProvider(settings.cohere_model, api_key=settings.cohere_api_key)


@register("together")
def _together(settings: Settings, clients: Clients) -> Provider:
    return TogetherProvider(settings.together_model, api_key=settings.together_api_key)


@register("replicate")
def _replicate(settings: Settings, clients: Clients) -> Provider:
    return ReplicateProvider(settings.replicate_model, api_token=settings.replicate_api_token)


@register("bedrock")
def _bedrock(settings: Settings, clients: Clients) -> Provider:
    return BedrockProvider(settings.bedrock_model, region=settings.aws_region, runtime=clients.bedrock)


@register("litellm")
def _litellm(settings: Settings, clients: Clients) -> Provider:
    return LiteLLMProvider(settings.litellm_model, embedding_model=settings.embedding_model)


def available_providers() -> list[str]:
    return sorted(_FACTORIES)


def build_providers(settings: Settings, clients: Clients, only: list[str] | None = None) -> dict[str, Provider]:
    providers: dict[str, Provider] = {}
    for name, factory in _FACTORIES.items():
        if only and name not in only:
            continue
        try:
            providers[name] = factory(settings, clients)
        except KeyError as exc:
            log.debug("skipping provider %s: %s", name, exc)
    return providers


__all__ = [
    "Completion",
    "Provider",
    "ProviderError",
    "available_providers",
    "build_providers",
    "get_anthropic",
    "get_openai",
    "register",
]
