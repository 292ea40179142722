"""Shared LLM helpers: client factories, prompts, judges."""
from labelling_flows.llm.clients import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_cohere_client,
    get_fireworks_client,
    get_genai_client,
    get_openai_client,
    get_together_client,
    reset_clients,
)

__all__ = [
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_openai_client",
    "get_cohere_client",
    "get_fireworks_client",
    "get_genai_client",
    "get_openai_client",
    "get_together_client",
    "reset_clients",
]
