from apis.llm.factories import (
    get_anthropic_client,
    get_async_openai_client,
    get_cerebras_client,
    get_cohere_client,
    get_mistral_client,
    get_openai_client,
    make_async_anthropic,
)
from apis.llm.registry import PROVIDERS, ChatResult, client_for, get_provider

__all__ = [
    "PROVIDERS",
    "ChatResult",
    "client_for",
    "get_anthropic_client",
    "get_async_openai_client",
    "get_cerebras_client",
    "get_cohere_client",
    "get_mistral_client",
    "get_openai_client",
    "get_provider",
    "make_async_anthropic",
]
