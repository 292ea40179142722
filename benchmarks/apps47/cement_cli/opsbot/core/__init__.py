from .bundle import LLMBundle
from .clients import (
    build_router,
    get_anthropic_client,
    get_bedrock_runtime,
    get_cohere_client,
    get_openai_client,
    make_async_openai,
)

__all__ = [
    "LLMBundle",
    "build_router",
    "get_anthropic_client",
    "get_bedrock_runtime",
    "get_cohere_client",
    "get_openai_client",
    "make_async_openai",
]
