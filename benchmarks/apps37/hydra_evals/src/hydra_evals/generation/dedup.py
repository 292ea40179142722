"""Near-duplicate removal with embeddings."""
from __future__ import annotations

import logging
from typing import Sequence

import numpy as np

from ..models import get_hf_client, get_openai_client

log = logging.getLogger(__name__)

BATCH = 256


def embed_openai(texts: Sequence[str], model: str = "text-embedding-3-small") -> np.ndarray:
    client = get_openai_client()
    vecs: list[list[float]] = []
    for i in range(0, len(texts), BATCH):
        resp = client.embeddings.create(model=model, input=list(texts[i: i + BATCH]))
        vecs.extend(d.embedding for d in resp.data)
    return np.asarray(vecs, dtype=np.float32)


def embed_hf(texts: Sequence[str], model: str = "BAAI/bge-large-en-v1.5") -> np.ndarray:
    """Cheaper path used for the big pretraining-style dumps."""
    client = get_hf_client(model)
    return np.stack([np.asarray(client.feature_extraction(t)).reshape(-1) for t in texts])


def _shingles(text: str, k: int = 5) -> set[str]:
    t = " ".join(text.lower().split())
    return {t[i: i + k] for i in range(max(len(t) - k + 1, 1))}


def exact_and_near_string_dups(texts: list[str], jaccard: float = 0.9) -> set[int]:
    """Cheap pre-pass before paying for embeddings: exact dups + high char-shingle overlap."""
    seen: dict[str, int] = {}
    drop: set[int] = set()
    shingles = [_shingles(t) for t in texts]
    for i, t in enumerate(texts):
        key = " ".join(t.lower().split())
        if key in seen:
            drop.add(i)
            continue
        seen[key] = i
    # quadratic, but we only run this on < 50k items
    kept = [i for i in range(len(texts)) if i not in drop]
    for a_pos, a in enumerate(kept):
        if a in drop:
            continue
        for b in kept[a_pos + 1:]:
            if b in drop:
                continue
            inter = len(shingles[a] & shingles[b])
            union = len(shingles[a] | shingles[b]) or 1
            if inter / union >= jaccard:
                drop.add(b)
    return drop


def dedup(texts: list[str], threshold: float = 0.92, backend: str = "openai",
          model: str | None = None) -> list[int]:
    """Return indices of texts to keep (greedy, first occurrence wins)."""
    if backend == "openai":
        emb = embed_openai(texts, model or "text-embedding-3-small")
    elif backend == "hf":
        emb = embed_hf(texts, model or "BAAI/bge-large-en-v1.5")
    else:
        raise ValueError(backend)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-8
    keep: list[int] = []
    for i in range(len(texts)):
        if keep and float(np.max(emb[keep] @ emb[i])) >= threshold:
            continue
        keep.append(i)
    log.info("dedup kept %d / %d", len(keep), len(texts))
    return keep
