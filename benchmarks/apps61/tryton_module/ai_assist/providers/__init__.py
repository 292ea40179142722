# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
"""Provider registry.

    provider = get_provider()            # from ai.configuration
    text = provider.generate(prompt, system=...)
"""
from .. import llm
from ..configuration import get_config
from .anthropic_provider import AnthropicProvider
from .base import BaseProvider, Completion
from .cohere_provider import CohereProvider
from .google_provider import GeminiProvider
from .openai_provider import OpenAIProvider
from .watsonx_provider import WatsonxProvider

__all__ = ['get_provider', 'register_provider', 'BaseProvider', 'Completion',
    'PROVIDERS', 'openai_client', 'cohere_client']

PROVIDERS = {}


def register_provider(name):
    def decorator(factory):
        PROVIDERS[name] = factory
        return factory
    return decorator


@register_provider('openai')
def _openai(config):
    return OpenAIProvider(llm.get_openai_client(), config.model_for('openai'))


@register_provider('anthropic')
def _anthropic(config):
    return AnthropicProvider(
        llm.get_anthropic_client(), config.model_for('anthropic'))


@register_provider('google')
def _google(config):
    return GeminiProvider(llm.get_genai_client(), config.model_for('google'))


@register_provider('cohere')
def _cohere(config):
    return CohereProvider(llm.get_cohere_client(), config.model_for('cohere'))


@register_provider('watsonx')
def _watsonx(config):
    return WatsonxProvider.from_config(config)


def get_provider(name=None):
    config = get_config()
    name = name or config.provider
    try:
        factory = PROVIDERS[name]
    except KeyError:
        raise ValueError("Unknown AI provider %r" % name)
    return factory(config)


# re-exported for modules that need the raw SDK client (embeddings, rerank)
openai_client = llm.get_openai_client
cohere_client = llm.get_cohere_client
