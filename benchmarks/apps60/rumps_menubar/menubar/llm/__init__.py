"""LLM client factories and the provider switch.

Everything that needs a model client should get it from here rather than
constructing SDK clients itself.
"""
from menubar.llm.clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_cohere_client,
    get_deepseek_client,
    get_ollama_client,
    get_openai_client,
    reset_clients,
)
from menubar.llm.provider_switch import ProviderSwitch, ProviderError

__all__ = [
    "get_openai_client",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_deepseek_client",
    "get_ollama_client",
    "get_cohere_client",
    "reset_clients",
    "ProviderSwitch",
    "ProviderError",
]
