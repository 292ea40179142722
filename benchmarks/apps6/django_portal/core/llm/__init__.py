"""Thin helpers around the model providers we use.

Prefer ``core.services.multi_model_service`` for new features; these
exports exist for the older services that still talk to providers directly.
"""
from .base import ChatCompletionService
from .errors import EmptyCompletion, LLMError, ProviderNotConfigured
from .factory import (
    build_client,
    get_anthropic_client,
    get_async_anthropic_client,
    get_azure_openai_client,
    get_bedrock_runtime,
    get_http_client,
    get_mistral_client,
    get_openai_client,
    get_voyage_client,
    get_xai_client,
)

# Older call sites import these names.
openai_client = get_openai_client
claude_client = get_anthropic_client
bedrock = get_bedrock_runtime

__all__ = [
    "ChatCompletionService",
    "EmptyCompletion",
    "LLMError",
    "ProviderNotConfigured",
    "bedrock",
    "build_client",
    "claude_client",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_azure_openai_client",
    "get_bedrock_runtime",
    "get_http_client",
    "get_mistral_client",
    "get_openai_client",
    "get_voyage_client",
    "get_xai_client",
    "openai_client",
]
