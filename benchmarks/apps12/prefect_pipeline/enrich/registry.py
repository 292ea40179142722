"""Embedding backends by name.

Deployments pick a backend with the ``embedding_backend`` parameter so we can
shadow-index with a second provider without touching flow code.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, List, Sequence

from enrich.clients import cohere_client, genai_client, mistral_client
from enrich.settings import get_settings

Vector = List[float]

_s = get_settings

_REQUEST: Dict[str, Callable[[List[str]], Any]] = {
    "cohere": lambda texts: cohere_client().embed(
        texts=texts, model=_s().cohere_embed_model, input_type="search_document", embedding_types=["float"]
    ),
    "mistral": lambda texts: mistral_client().embeddings.create(model=_s().mistral_embed_model, inputs=texts),
    "vertex": lambda texts: genai_client().models.embed_content(model=_s().vertex_embed_model, contents=texts),
}

_VECTORS: Dict[str, Callable[[Any], List[Vector]]] = {
    "cohere": lambda r: [list(v) for v in r.embeddings.float_],
    "mistral": lambda r: [list(d.embedding) for d in r.data],
    "vertex": lambda r: [list(e.values) for e in r.embeddings],
}

DIMENSIONS = {"cohere": 1024, "mistral": 1024, "vertex": 768}


def backends() -> List[str]:
    return sorted(_REQUEST)


def embed_with(backend: str, texts: Sequence[str]) -> List[Vector]:
    try:
        request = _REQUEST[backend]
    except KeyError:
        raise ValueError(f"unknown embedding backend {backend!r}; choose from {backends()}") from None
    return _VECTORS[backend](request(list(texts)))
