"""Embedding back-ends, selectable with PRICEWATCH_EMBEDDING_PROVIDER.

We started on Together (bge), tried Gemini and Mistral embeddings for the
multilingual catalogues. Vectors from different back-ends are NOT comparable:
product_embeddings.model is part of the primary key.
"""
from __future__ import annotations

import logging
from typing import Callable, Dict, List, Sequence

from google.genai import types as genai_types

from pricewatch.llm.clients import get_gemini_client, get_mistral_client, get_together_client

logger = logging.getLogger(__name__)

EmbedFn = Callable[[Sequence[str], str], List[List[float]]]

_EMBEDDERS: Dict[str, EmbedFn] = {}

DEFAULT_MODELS = {
    "together": "BAAI/bge-base-en-v1.5",
    "gemini": "text-embedding-004",
    "mistral": "mistral-embed",
}


def register_embedder(name: str) -> Callable[[EmbedFn], EmbedFn]:
    def decorator(fn: EmbedFn) -> EmbedFn:
        if name in _EMBEDDERS:
            raise ValueError(f"embedder {name!r} registered twice")
        _EMBEDDERS[name] = fn
        return fn

    return decorator


def get_embedder(name: str) -> EmbedFn:
    try:
        return _EMBEDDERS[name]
    except KeyError:
        raise KeyError(f"unknown embedding provider {name!r}; known: {sorted(_EMBEDDERS)}") from None


def available_embedders() -> List[str]:
    return sorted(_EMBEDDERS)


@register_embedder("together")
def _embed_together(texts: Sequence[str], model: str) -> List[List[float]]:
    response = get_together_client().embeddings.create(model=model, input=list(texts))
    return [row.embedding for row in sorted(response.data, key=lambda r: r.index)]


@register_embedder("gemini")
def _embed_gemini(texts: Sequence[str], model: str) -> List[List[float]]:
    result = get_gemini_client().models.embed_content(
        model=model,
        contents=list(texts),
        config=genai_types.EmbedContentConfig(task_type="SEMANTIC_SIMILARITY", output_dimensionality=768),
    )
    return [list(e.values) for e in result.embeddings]


@register_embedder("mistral")
def _embed_mistral(texts: Sequence[str], model: str) -> List[List[float]]:
    client = get_mistral_client()
    res = client.embeddings.create(model=model, inputs=list(texts))
    return [d.embedding for d in res.data]
