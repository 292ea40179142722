"""Shared LLM helpers for the ds-flows repository."""
from llmkit.clients import (
    bedrock_runtime,
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_fireworks_client,
    get_genai_client,
    get_hf_client,
    get_openai_client,
    get_replicate_client,
    get_voyage_client,
)
from llmkit.prompts import REGISTRY as PROMPTS
from llmkit.prompts import PromptTemplate, get_prompt
from llmkit.router import Completion, ProviderRouter, get_router

__all__ = [
    "PROMPTS",
    "Completion",
    "PromptTemplate",
    "ProviderRouter",
    "bedrock_runtime",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_openai_client",
    "get_fireworks_client",
    "get_genai_client",
    "get_hf_client",
    "get_openai_client",
    "get_prompt",
    "get_replicate_client",
    "get_router",
    "get_voyage_client",
]
