"""evalkit: the small library our evals exercise.

Most things are re-exported here so eval modules can do ``from evalkit import ...``.
"""
from evalkit.providers import (
    PROVIDER_FACTORIES,
    get_openai_client,
    make_anthropic_client,
    make_bedrock_runtime,
    make_cerebras_client,
    make_cohere_client,
    make_fireworks_client,
    make_genai_client,
    make_openai_client,
)
from evalkit.summarizer import summarize_document, summarize_many
from evalkit.retrieval import Retriever, embed_texts
from evalkit.pricing import estimate_cost, PRICES

__all__ = [
    "PROVIDER_FACTORIES",
    "get_openai_client",
    "make_anthropic_client",
    "make_bedrock_runtime",
    "make_cerebras_client",
    "make_cohere_client",
    "make_fireworks_client",
    "make_genai_client",
    "make_openai_client",
    "summarize_document",
    "summarize_many",
    "Retriever",
    "embed_texts",
    "estimate_cost",
    "PRICES",
]

__version__ = "0.7.2"
