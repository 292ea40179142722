"""Chunk embeddings. The provider is chosen by ``embedding_provider`` in the driver config.

Every variant returns a float32 matrix aligned with ``chunk_texts``.
"""
from __future__ import annotations

import logging
from typing import Iterable

import litellm
import numpy as np
import voyageai
from google import genai
from hamilton.function_modifiers import config, tag
from openai import OpenAI
from together import Together

logger = logging.getLogger(__name__)

VOYAGE_BATCH_TOKENS = 120_000


def _batched(items: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


@tag(cost="paid", provider="openai")
@config.when(embedding_provider="openai")
def chunk_embeddings__openai(
    chunk_texts: list[str],
    openai_client: OpenAI,
    embedding_model: str = "text-embedding-3-small",
    embedding_batch_size: int = 256,
) -> np.ndarray:
    vectors: list[list[float]] = []
    for batch in _batched(chunk_texts, embedding_batch_size):
        resp = openai_client.embeddings.create(model=embedding_model, input=batch)
        vectors.extend(d.embedding for d in resp.data)
    return np.asarray(vectors, dtype=np.float32)


def _voyage_batches(client: voyageai.Client, texts: list[str], model: str) -> list[list[str]]:
    """Pack texts so each request stays under the token ceiling."""
    batches: list[list[str]] = []
    current: list[str] = []
    budget = 0
    for text in texts:
        n = client.count_tokens([text], model=model)
        if current and budget + n > VOYAGE_BATCH_TOKENS:
            batches.append(current)
            current, budget = [], 0
        current.append(text)
        budget += n
    if current:
        batches.append(current)
    return batches


@tag(cost="paid", provider="voyage")
@config.when(embedding_provider="voyage")
def chunk_embeddings__voyage(
    chunk_texts: list[str],
    voyage_client: voyageai.Client,
    embedding_model: str = "voyage-3",
) -> np.ndarray:
    out: list[list[float]] = []
    for batch in _voyage_batches(voyage_client, chunk_texts, embedding_model):
        result = voyage_client.embed(batch, model=embedding_model, input_type="document")
        out.extend(result.embeddings)
    return np.asarray(out, dtype=np.float32)


@tag(cost="paid", provider="together")
@config.when(embedding_provider="together")
def chunk_embeddings__together(
    chunk_texts: list[str],
    together_client: Together,
    embedding_model: str = "togethercomputer/m2-bert-80M-8k-retrieval",
) -> np.ndarray:
    out = []
    for batch in _batched(chunk_texts, 64):
        resp = together_client.embeddings.create(model=embedding_model, input=batch)
        out.extend(item.embedding for item in resp.data)
    return np.asarray(out, dtype=np.float32)


@tag(cost="paid", provider="google")
@config.when(embedding_provider="google")
def chunk_embeddings__google(
    chunk_texts: list[str],
    genai_client: genai.Client,
    embedding_model: str = "text-embedding-004",
) -> np.ndarray:
    out = []
    for batch in _batched(chunk_texts, 100):
        resp = genai_client.models.embed_content(model=embedding_model, contents=batch)
        out.extend(e.values for e in resp.embeddings)
    return np.asarray(out, dtype=np.float32)


@tag(cost="paid", provider="litellm")
@config.when(embedding_provider="litellm")
def chunk_embeddings__litellm(
    chunk_texts: list[str],
    embedding_model: str = "cohere/embed-english-v3.0",
) -> np.ndarray:
    resp = litellm.embedding(model=embedding_model, input=chunk_texts)
    return np.asarray([row["embedding"] for row in resp.data], dtype=np.float32)


def embedding_dim(chunk_embeddings: np.ndarray) -> int:
    return int(chunk_embeddings.shape[1]) if chunk_embeddings.ndim == 2 else 0


def normalized_embeddings(chunk_embeddings: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(chunk_embeddings, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return chunk_embeddings / norms
