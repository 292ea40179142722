"""Near-duplicate filtering before labelling (``labelkit dedupe``).

Labelling the same complaint 40 times in slightly different words is a waste of budget, so
jobs with ``options.dedupe: true`` embed the inputs first and keep one representative per
cluster of near-identical texts.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Dict, Iterable, Iterator, List, Sequence, Tuple

import numpy as np

from labelkit import clients

log = logging.getLogger(__name__)

TOGETHER_EMBED_MODEL = "BAAI/bge-base-en-v1.5"
HF_EMBED_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
BACKENDS = ("together", "watsonx", "hf")


def chunked(seq: Sequence[str], size: int) -> Iterator[List[str]]:
    for start in range(0, len(seq), size):
        yield list(seq[start:start + size])


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


def embed_texts(texts: Sequence[str], backend: str = "together", batch_size: int = 128) -> np.ndarray:
    if backend not in BACKENDS:
        raise ValueError(f"unknown embedding backend {backend!r}")
    texts = [t[:2000] for t in texts]

    if backend == "together":
        client = clients.get_together()
        vectors: List[List[float]] = []
        for chunk in chunked(texts, batch_size):
            resp = client.embeddings.create(model=TOGETHER_EMBED_MODEL, input=chunk)
            vectors.extend(d.embedding for d in sorted(resp.data, key=lambda d: d.index))
        return np.asarray(vectors, dtype=np.float32)

    if backend == "watsonx":
        embedder = clients.get_watsonx_embeddings()
        return np.asarray(embedder.embed_documents(texts=list(texts)), dtype=np.float32)

    # hf: feature_extraction takes one batch per request; fan out a little
    hf = clients.get_hf_client(provider="hf-inference")
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [
            pool.submit(hf.feature_extraction, chunk, model=HF_EMBED_MODEL, normalize=True)
            for chunk in chunked(texts, 32)
        ]
        parts = [np.asarray(f.result(), dtype=np.float32) for f in futures]
    return np.concatenate(parts, axis=0)


def cluster_near_duplicates(vectors: np.ndarray, threshold: float = 0.95) -> List[int]:
    """Greedy single pass: returns, for each row, the index of its representative."""
    vectors = _normalise(vectors)
    reps: List[int] = []
    assignment: List[int] = []
    for i, vec in enumerate(vectors):
        if reps:
            sims = vectors[reps] @ vec
            best = int(np.argmax(sims))
            if sims[best] >= threshold:
                assignment.append(reps[best])
                continue
        reps.append(i)
        assignment.append(i)
    return assignment


def dedupe_items(items: Iterable[Dict], text_field: str, backend: str = "together",
                 threshold: float = 0.95) -> Tuple[List[Dict], Dict[str, str]]:
    """Returns (representative items, mapping duplicate id -> representative id)."""
    items = list(items)
    if not items:
        return [], {}
    vectors = embed_texts([str(it.get(text_field, "")) for it in items], backend=backend)
    assignment = cluster_near_duplicates(vectors, threshold)
    keep = [items[i] for i, rep in enumerate(assignment) if rep == i]
    dup_map = {
        str(items[i].get("id", i)): str(items[rep].get("id", rep))
        for i, rep in enumerate(assignment)
        if rep != i
    }
    log.info("dedupe: %d -> %d items (threshold %.2f)", len(items), len(keep), threshold)
    return keep, dup_map
