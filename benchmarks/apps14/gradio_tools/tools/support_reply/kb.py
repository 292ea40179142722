"""Knowledge-base retrieval for support replies.

The help-centre articles are chunked and embedded nightly (scripts/build_kb_index.py
writes the index); at query time we embed the customer message and take the top-k by
cosine similarity. ~6k chunks, so numpy is plenty.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Dict, List

import numpy as np

from common.clients import get_mistral
from common.settings import get_settings

INDEX_DIR = Path("data/kb_index")


@lru_cache(maxsize=1)
def _index():
    vectors = np.load(INDEX_DIR / "vectors.npy")
    vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    meta = json.loads((INDEX_DIR / "chunks.json").read_text(encoding="utf-8"))
    return vectors, meta


def embed(texts: List[str]) -> np.ndarray:
    res = get_mistral().embeddings.create(model=get_settings().embed_model, inputs=texts)
    return np.array([d.embedding for d in res.data], dtype=np.float32)


def search(query: str, k: int = 5, min_score: float = 0.35) -> List[Dict]:
    vectors, meta = _index()
    q = embed([query])[0]
    q = q / np.linalg.norm(q)
    scores = vectors @ q
    top = np.argsort(-scores)[:k]
    return [dict(meta[i], score=float(scores[i])) for i in top if scores[i] >= min_score]
