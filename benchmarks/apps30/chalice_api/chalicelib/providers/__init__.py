"""Provider registry.

``get_provider("bedrock")`` returns a cached instance; new backends register
themselves in ``PROVIDERS``.
"""
import functools

from chalicelib.providers.anthropic_provider import AnthropicProvider
from chalicelib.providers.base import Completion, LLMProvider, ProviderError
from chalicelib.providers.bedrock import BedrockProvider
from chalicelib.providers.cohere_provider import CohereProvider
from chalicelib.providers.http_provider import HTTPProvider
from chalicelib.providers.openai_provider import OpenAIProvider
from chalicelib.providers.perplexity_provider import PerplexityProvider
from chalicelib.providers.together_provider import TogetherProvider

PROVIDERS = {
    "bedrock": BedrockProvider,
    "openai": OpenAIProvider,
    "azure": functools.partial(OpenAIProvider, azure=True),
    "anthropic": AnthropicProvider,
    "anthropic-bedrock": functools.partial(AnthropicProvider, use_bedrock=True),
    "cohere": CohereProvider,
    "together": TogetherProvider,
    "perplexity": PerplexityProvider,
    "http": HTTPProvider,
}


@functools.lru_cache(maxsize=None)
def get_provider(name: str) -> LLMProvider:
    try:
        factory = PROVIDERS[name]
    except KeyError:
        raise ProviderError(name, f"unknown provider {name!r}", status=400) from None
    return factory()


def available_providers() -> list[str]:
    return sorted(PROVIDERS)


__all__ = [
    "Completion",
    "LLMProvider",
    "ProviderError",
    "PROVIDERS",
    "get_provider",
    "available_providers",
]
