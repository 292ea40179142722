"""LLM enrichment helpers used by the dlt transformers."""
from enrichment.classify import Classification, TicketClassifier, classify_ticket, classify_with_claude
from enrichment.clients import (
    client_for,
    get_anthropic_client,
    get_async_anthropic_client,
    get_async_openai_client,
    get_bedrock_runtime,
    get_openai_client,
    get_voyage_client,
    get_watsonx_model,
)
from enrichment.embed import embed_texts_openai, embed_texts_voyage, get_embedder
from enrichment.extract import extract_contract_fields, extract_with_bedrock

__all__ = [
    "Classification",
    "TicketClassifier",
    "classify_ticket",
    "classify_with_claude",
    "client_for",
    "embed_texts_openai",
    "embed_texts_voyage",
    "extract_contract_fields",
    "extract_with_bedrock",
    "get_anthropic_client",
    "get_async_anthropic_client",
    "get_async_openai_client",
    "get_bedrock_runtime",
    "get_embedder",
    "get_openai_client",
    "get_voyage_client",
    "get_watsonx_model",
]
