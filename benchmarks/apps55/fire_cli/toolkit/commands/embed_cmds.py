"""`mltk embed ...`: embeddings for dedup / clustering / retrieval evals."""
from __future__ import annotations

import math

import litellm
import numpy as np

from toolkit.io_utils import read_jsonl, write_jsonl
from toolkit.output import console


def _cos(a, b) -> float:
    na, nb = math.sqrt(sum(x * x for x in a)), math.sqrt(sum(x * x for x in b))
    return sum(x * y for x, y in zip(a, b)) / (na * nb) if na and nb else 0.0


class EmbedCommands:
    """Compute embeddings with the provider of your choice."""

    def __init__(self, ctx):
        self._ctx = ctx

    def _embed(self, texts: list[str], backend: str, model: str | None) -> list[list[float]]:
        if backend == "openai":
            resp = self._ctx.openai.embeddings.create(model=model or self._ctx.config.embedding_model, input=texts)
            return [d.embedding for d in resp.data]
        if backend == "together":
            resp = self._ctx.together.embeddings.create(
                model=model or "togethercomputer/m2-bert-80M-8k-retrieval", input=texts
            )
            return [d.embedding for d in resp.data]
        if backend == "hf":
            arr = self._ctx.hf.feature_extraction(texts, model=model or "BAAI/bge-small-en-v1.5")
            return np.asarray(arr).tolist()
        if backend == "litellm":
            resp = litellm.embedding(model=model or "cohere/embed-english-v3.0", input=texts)
            return [d["embedding"] for d in resp.data]
        raise ValueError(backend)

    def file(self, path: str, out: str, field: str = "text", backend: str = "openai", model: str = None, batch: int = 64):
        rows = read_jsonl(path)
        for start in range(0, len(rows), batch):
            chunk = rows[start:start + batch]
            for row, vec in zip(chunk, self._embed([r[field] for r in chunk], backend, model)):
                row["embedding"] = vec
        write_jsonl(out, rows)
        console.print(f"embedded {len(rows)} rows with {backend}")

    def near_dupes(self, path: str, field: str = "text", threshold: float = 0.95, backend: str = "openai"):
        rows = read_jsonl(path)
        vecs = self._embed([r[field] for r in rows], backend, None)
        pairs = []
        for i in range(len(vecs)):
            for j in range(i + 1, len(vecs)):
                if _cos(vecs[i], vecs[j]) >= threshold:
                    pairs.append((i, j))
        return pairs
