"""Provider clients and the registry.

Re-exports the cached getters under short names; new code should prefer the
registry, but quick one-off features (key bindings, autosuggest) use these.
"""
from .factory import (
    MissingCredentials,
    get_anthropic_client as anthropic_client,
    get_async_anthropic as async_anthropic,
    get_async_deepseek as async_deepseek,
    get_async_openai as async_openai,
    get_deepseek_client as deepseek_client,
    get_genai_client as genai_client,
    get_openai_client as openai_client,
    get_perplexity_client as perplexity_client,
    reset_clients,
)
from .registry import ProviderRegistry, available, register

__all__ = [
    "MissingCredentials",
    "ProviderRegistry",
    "anthropic_client",
    "async_anthropic",
    "async_deepseek",
    "async_openai",
    "available",
    "deepseek_client",
    "genai_client",
    "openai_client",
    "perplexity_client",
    "register",
    "reset_clients",
]
