"""Embedding helpers for the search-indexing flow."""
from __future__ import annotations

import logging
from typing import Iterable

import clients
from clients import get_client
from clients.http import get_http
from common.config import get_settings
from common.schema import EmbeddedDoc, SupportMessage
from common.text import chunk, normalise

log = logging.getLogger(__name__)

EMBED_BATCH = 64


def to_chunks(msg: SupportMessage) -> list[tuple[str, str, dict]]:
    """``op.flat_map`` step: split a message into (doc_id, text, metadata) chunks."""
    text = normalise(f"{msg.subject}\n{msg.body}")
    meta = {"conversation_id": msg.conversation_id, "customer_id": msg.customer_id, "channel": msg.channel}
    return [(f"{msg.message_id}:{i}", part, meta) for i, part in enumerate(chunk(text))]


def embed_openai(texts: list[str]) -> list[list[float]]:
    settings = get_settings()
    resp = get_client("openai").embeddings.create(
        model=settings.models.embed_model,
        input=texts,
    )
    return [d.embedding for d in sorted(resp.data, key=lambda d: d.index)]


def embed_mistral(texts: list[str]) -> list[list[float]]:
    mistral = clients.get_worker_clients().mistral
    resp = mistral.embeddings.create(model=get_settings().models.mistral_embed_model, inputs=texts)
    return [d.embedding for d in resp.data]


def embed_hf(texts: list[str]) -> list[list[float]]:
    """Self-hosted-ish path via HF Inference Providers; cheaper for backfills."""
    hf = clients.get_worker_clients().hf
    model = get_settings().models.hf_embed_model
    vectors = []
    for text in texts:
        arr = hf.feature_extraction(text, model=model, normalize=True)
        vectors.append(arr.tolist() if hasattr(arr, "tolist") else list(arr))
    return vectors


EMBEDDERS = {
    "openai": embed_openai,
    "mistral": embed_mistral,
    "hf": embed_hf,
}


def embed_batch(items: Iterable[tuple[str, str, dict]], provider: str = "openai") -> list[EmbeddedDoc]:
    items = list(items)
    if not items:
        return []
    fn = EMBEDDERS[provider]
    model = {
        "openai": get_settings().models.embed_model,
        "mistral": get_settings().models.mistral_embed_model,
        "hf": get_settings().models.hf_embed_model,
    }[provider]
    docs: list[EmbeddedDoc] = []
    for start in range(0, len(items), EMBED_BATCH):
        window = items[start : start + EMBED_BATCH]
        vectors = fn([text for _, text, _ in window])
        for (doc_id, text, meta), vec in zip(window, vectors):
            docs.append(EmbeddedDoc(doc_id=doc_id, text=text, vector=vec, model=model, metadata=meta))
    log.debug("embedded %d chunks with %s", len(docs), provider)
    return docs


def embed_query(query: str) -> list[float]:
    """Used by the reply step to fetch KB articles."""
    return embed_openai([query])[0]


def search_kb(text: str, k: int = 5) -> list[str]:
    """Help-center kNN search; used by the reply step."""
    settings = get_settings()
    vector = embed_query(text[:2000])
    body = {"knn": {"field": "vector", "query_vector": vector, "k": k, "num_candidates": k * 10}, "_source": ["text"]}
    resp = get_http().post(f"{settings.search_url}/help-center/_search", json=body)
    resp.raise_for_status()
    return [hit["_source"]["text"] for hit in resp.json()["hits"]["hits"]]
