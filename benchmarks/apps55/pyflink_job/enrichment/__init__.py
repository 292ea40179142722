"""Shared enrichment helpers for the Flink jobs."""
from enrichment.client_cache import (
    anthropic_client,
    bedrock_client,
    cohere_client,
    fireworks_client,
    get_client,
    openai_client,
)
from enrichment.clients import (
    make_anthropic_client,
    make_async_openai_client,
    make_bedrock_runtime,
    make_cohere_client,
    make_fireworks_client,
    make_openai_client,
)
from enrichment.router import ModelRouter, Route, get_router

__all__ = [
    "ModelRouter",
    "Route",
    "anthropic_client",
    "bedrock_client",
    "cohere_client",
    "fireworks_client",
    "get_client",
    "get_router",
    "make_anthropic_client",
    "make_async_openai_client",
    "make_bedrock_runtime",
    "make_cohere_client",
    "make_fireworks_client",
    "make_openai_client",
    "openai_client",
]
