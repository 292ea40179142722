from .factory import (
    XAI_BASE_URL,
    default_openai,
    make_anthropic_client,
    make_async_anthropic_client,
    make_async_openai_client,
    make_cohere_client,
    make_openai_client,
    make_together_client,
    make_xai_client,
)
from .registry import ProviderRegistry

# Short aliases used across the DJ package.
openai_client = make_openai_client
anthropic_client = make_anthropic_client
cohere_client = make_cohere_client

__all__ = [
    "XAI_BASE_URL",
    "ProviderRegistry",
    "anthropic_client",
    "cohere_client",
    "default_openai",
    "make_anthropic_client",
    "make_async_anthropic_client",
    "make_async_openai_client",
    "make_cohere_client",
    "make_openai_client",
    "make_together_client",
    "make_xai_client",
    "openai_client",
]
