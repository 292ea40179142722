"""Embedding helpers with batching.

``embed_texts`` is what the corpus flows use. Voyage is the default for
retrieval; OpenAI and Gemini are kept for the comparison notebooks.
"""
from __future__ import annotations

import logging
from typing import Iterable, Iterator, Sequence

import numpy as np
import tiktoken
from google.genai import types as genai_types

from llmkit.clients import get_genai_client, get_openai_client, get_voyage_client
from llmkit.config import settings

log = logging.getLogger(__name__)

VOYAGE_MAX_BATCH = 128
OPENAI_MAX_BATCH = 512
_ENCODING = tiktoken.get_encoding("cl100k_base")


def batched(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def approx_tokens(texts: Iterable[str]) -> int:
    """Rough token estimate used for batch sizing (tiktoken, not billed)."""
    return sum(len(_ENCODING.encode(t)) for t in texts)


def truncate(text: str, max_tokens: int = 8000) -> str:
    ids = _ENCODING.encode(text)
    if len(ids) <= max_tokens:
        return text
    return _ENCODING.decode(ids[:max_tokens])


def embed_texts(
    texts: Sequence[str],
    provider: str = "voyage",
    input_type: str = "document",
) -> np.ndarray:
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    if provider == "voyage":
        return _embed_voyage(texts, input_type)
    if provider == "openai":
        return _embed_openai(texts)
    if provider == "google":
        return _embed_gemini(texts, input_type)
    raise ValueError(f"unsupported embedding provider: {provider}")


def _embed_voyage(texts: Sequence[str], input_type: str) -> np.ndarray:
    vo = get_voyage_client()
    vectors: list[list[float]] = []
    for chunk in batched(list(texts), VOYAGE_MAX_BATCH):
        result = vo.embed(list(chunk), model=settings.models.voyage_embedding, input_type=input_type)
        vectors.extend(result.embeddings)
        log.debug("voyage embedded %d texts (%d tokens)", len(chunk), result.total_tokens)
    return np.asarray(vectors, dtype=np.float32)


def _embed_openai(texts: Sequence[str]) -> np.ndarray:
    client = get_openai_client()
    vectors: list[list[float]] = []
    for chunk in batched([truncate(t) for t in texts], OPENAI_MAX_BATCH):
        resp = client.embeddings.create(model=settings.models.openai_embedding, input=list(chunk))
        vectors.extend(d.embedding for d in sorted(resp.data, key=lambda d: d.index))
    return np.asarray(vectors, dtype=np.float32)


def _embed_gemini(texts: Sequence[str], input_type: str) -> np.ndarray:
    client = get_genai_client()
    task_type = "RETRIEVAL_QUERY" if input_type == "query" else "RETRIEVAL_DOCUMENT"
    vectors: list[list[float]] = []
    for chunk in batched(list(texts), 100):
        resp = client.models.embed_content(
            model=settings.models.gemini_embedding,
            contents=list(chunk),
            config=genai_types.EmbedContentConfig(task_type=task_type),
        )
        vectors.extend(e.values for e in resp.embeddings)
    return np.asarray(vectors, dtype=np.float32)


def voyage_token_count(texts: Sequence[str]) -> int:
    """Exact Voyage token count (local tokenizer, no API charge)."""
    return get_voyage_client().count_tokens(list(texts), model=settings.models.voyage_embedding)


def cosine_sim(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = a / np.linalg.norm(a, axis=-1, keepdims=True)
    b = b / np.linalg.norm(b, axis=-1, keepdims=True)
    return a @ b.T
