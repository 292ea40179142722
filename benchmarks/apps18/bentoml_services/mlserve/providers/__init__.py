"""Per-vendor adapters and the registry the services resolve them from."""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from mlserve.providers.base import ChatProvider, EmbeddingProvider, ProviderError, RerankProvider
from mlserve.providers.bedrock_adapter import BedrockProvider
from mlserve.providers.cohere_adapter import CohereProvider
from mlserve.providers.fireworks_adapter import FireworksProvider
from mlserve.providers.openai_adapter import OpenAIProvider
from mlserve.providers.replicate_adapter import ReplicateProvider
from mlserve.providers.together_adapter import TogetherProvider
from mlserve.providers.voyage_adapter import VoyageProvider
from mlserve.providers.watsonx_adapter import WatsonxEmbeddings, WatsonxProvider

CHAT_PROVIDERS: dict[str, Callable[[], ChatProvider]] = {
    "openai": OpenAIProvider,
    "fireworks": FireworksProvider,
    "cohere": CohereProvider,
    "together": TogetherProvider,
    "bedrock": BedrockProvider,
    "watsonx": WatsonxProvider,
    "replicate": ReplicateProvider,
}

EMBEDDING_PROVIDERS: dict[str, Callable[[], EmbeddingProvider]] = {
    "voyage": VoyageProvider,
    "cohere": CohereProvider,
    "openai": OpenAIProvider,
    "watsonx": WatsonxEmbeddings,
}

RERANK_PROVIDERS: dict[str, Callable[[], RerankProvider]] = {
    "cohere": CohereProvider,
    "voyage": VoyageProvider,
    "together": TogetherProvider,
}


@lru_cache(maxsize=None)
def get_chat_provider(name: str) -> ChatProvider:
    try:
        return CHAT_PROVIDERS[name]()
    except KeyError:
        raise ProviderError(name, f"unknown chat provider; known: {sorted(CHAT_PROVIDERS)}") from None


@lru_cache(maxsize=None)
def get_embedding_provider(name: str) -> EmbeddingProvider:
    return EMBEDDING_PROVIDERS[name]()


@lru_cache(maxsize=None)
def get_rerank_provider(name: str) -> RerankProvider:
    return RERANK_PROVIDERS[name]()


__all__ = [
    "BedrockProvider",
    "ChatProvider",
    "CohereProvider",
    "EmbeddingProvider",
    "FireworksProvider",
    "OpenAIProvider",
    "ProviderError",
    "ReplicateProvider",
    "RerankProvider",
    "TogetherProvider",
    "VoyageProvider",
    "WatsonxEmbeddings",
    "WatsonxProvider",
    "get_chat_provider",
    "get_embedding_provider",
    "get_rerank_provider",
]
