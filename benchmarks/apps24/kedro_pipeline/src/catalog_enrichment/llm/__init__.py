"""Shared LLM plumbing: client factories, the registry and helpers."""
from catalog_enrichment.llm.factories import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_azure_openai_client,
    get_bedrock_runtime,
    get_hf_client,
    get_mistral_client,
    get_openai_client,
    get_together_client,
    make_client,
)
from catalog_enrichment.llm.registry import clients
from catalog_enrichment.llm.structured import anthropic_json, complete_json, parse_json_loose

__all__ = [
    "anthropic_json",
    "clients",
    "complete_json",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_openai_client",
    "get_azure_openai_client",
    "get_bedrock_runtime",
    "get_hf_client",
    "get_mistral_client",
    "get_openai_client",
    "get_together_client",
    "make_client",
    "parse_json_loose",
]
