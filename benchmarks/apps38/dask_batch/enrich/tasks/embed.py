"""Embedding partitions (OpenAI, Together, HF)."""
from __future__ import annotations

import logging

import numpy as np
import pandas as pd
import tiktoken

from enrich.plugins import worker_clients

log = logging.getLogger(__name__)

BATCH = 256
MAX_TOKENS_PER_INPUT = 8000

_enc = None


def _encoder():
    global _enc
    if _enc is None:
        _enc = tiktoken.get_encoding("cl100k_base")
    return _enc


def truncate_tokens(text: str, limit: int = MAX_TOKENS_PER_INPUT) -> str:
    enc = _encoder()
    toks = enc.encode(text)
    if len(toks) <= limit:
        return text
    return enc.decode(toks[:limit])


def count_tokens(texts: list[str]) -> int:
    enc = _encoder()
    return sum(len(enc.encode(t)) for t in texts)


def _batches(seq: list, size: int):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def embed_partition(df: pd.DataFrame, column: str = "text", model: str = "text-embedding-3-small",
                    dimensions: int | None = 512) -> pd.DataFrame:
    texts = [truncate_tokens(t) for t in df[column].fillna("").tolist()]
    vectors: list[list[float]] = []
    for chunk in _batches(texts, BATCH):
        worker_clients().limiters["openai"].acquire()
        kwargs = {"model": model, "input": chunk}
        if dimensions:
            kwargs["dimensions"] = dimensions
        resp = worker_clients().openai.embeddings.create(**kwargs)
        vectors.extend(d.embedding for d in sorted(resp.data, key=lambda d: d.index))
    out = df[["doc_id"]].copy()
    out["embedding"] = vectors
    out["embedding_model"] = model
    return out


def embed_partition_together(df: pd.DataFrame, column: str = "text",
                             model: str = "togethercomputer/m2-bert-80M-8k-retrieval") -> pd.DataFrame:
    together = worker_clients().together
    texts = df[column].fillna("").tolist()
    vectors = []
    for chunk in _batches(texts, 64):
        result = together.embeddings.create(model=model, input=chunk)
        vectors.extend(item.embedding for item in result.data)
    out = df[["doc_id"]].copy()
    out["embedding"] = vectors
    out["embedding_model"] = model
    return out


def embed_partition_hf(df: pd.DataFrame, column: str = "text",
                       model: str = "BAAI/bge-small-en-v1.5") -> pd.DataFrame:
    """Cheap fallback on HF inference; vectors are not comparable with the OpenAI ones."""
    hf = worker_clients().hf
    vectors = []
    for text in df[column].fillna("").tolist():
        arr = hf.feature_extraction(text, model=model, normalize=True)
        vectors.append(np.asarray(arr).reshape(-1).tolist())
    out = df[["doc_id"]].copy()
    out["embedding"] = vectors
    out["embedding_model"] = model
    return out


def cosine(a: list[float], b: list[float]) -> float:
    va, vb = np.asarray(a), np.asarray(b)
    return float(va @ vb / (np.linalg.norm(va) * np.linalg.norm(vb) + 1e-9))
