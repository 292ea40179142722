from supportdesk.llm.clients import (
    build_dependency_bundle,
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_cohere_client,
    get_async_deepseek_client,
    get_async_openai_client,
    get_async_voyage_client,
    get_cohere_client,
    get_deepseek_client,
    get_openai_client,
    get_voyage_client,
)
from supportdesk.llm.registry import ModelRegistry, registry

__all__ = [
    "ModelRegistry",
    "build_dependency_bundle",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_cohere_client",
    "get_async_deepseek_client",
    "get_async_openai_client",
    "get_async_voyage_client",
    "get_cohere_client",
    "get_deepseek_client",
    "get_openai_client",
    "get_voyage_client",
    "registry",
]
