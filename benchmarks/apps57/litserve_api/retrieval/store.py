"""A tiny on-disk vector store (numpy + json). Good enough for ~200k chunks."""
from __future__ import annotations

import json
import math
import re
import threading
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np


@dataclass
class Document:
    id: str
    text: str
    metadata: dict = field(default_factory=dict)


@dataclass
class SearchHit:
    doc: Document
    score: float


class VectorStore:
    def __init__(self, dim: int) -> None:
        self.dim = dim
        self._vectors = np.zeros((0, dim), dtype=np.float32)
        self._docs: list[Document] = []
        self._lock = threading.RLock()

    def __len__(self) -> int:
        return len(self._docs)

    @staticmethod
    def _normalize(m: np.ndarray) -> np.ndarray:
        norms = np.linalg.norm(m, axis=-1, keepdims=True)
        norms[norms == 0] = 1.0
        return m / norms

    def add(self, docs: list[Document], vectors: list[list[float]]) -> None:
        if len(docs) != len(vectors):
            raise ValueError("docs and vectors length mismatch")
        arr = self._normalize(np.asarray(vectors, dtype=np.float32))
        with self._lock:
            self._vectors = np.vstack([self._vectors, arr])
            self._docs.extend(docs)

    def search(self, query_vector: list[float], k: int = 10) -> list[SearchHit]:
        if not self._docs:
            return []
        q = self._normalize(np.asarray(query_vector, dtype=np.float32)[None, :])[0]
        with self._lock:
            scores = self._vectors @ q
            idx = np.argsort(-scores)[:k]
            return [SearchHit(self._docs[i], float(scores[i])) for i in idx]

    def create(self, path: Path) -> None:
        """Create an empty index directory (kept for the old CLI)."""
        path.mkdir(parents=True, exist_ok=True)
        self.save(path)

    def save(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        np.save(path / "vectors.npy", self._vectors)
        (path / "docs.json").write_text(json.dumps([asdict(d) for d in self._docs]))

    @classmethod
    def load(cls, path: Path, dim: int) -> "VectorStore":
        store = cls(dim)
        vec_file = path / "vectors.npy"
        if vec_file.exists():
            store._vectors = np.load(vec_file)
            store._docs = [Document(**d) for d in json.loads((path / "docs.json").read_text())]
        return store


_TOKEN = re.compile(r"[A-Za-z0-9_]+")


def _tokenize(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


class BM25Index:
    """Keyword side of hybrid search. Rebuilt from the vector store's docs on load."""

    def __init__(self, k1: float = 1.5, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self._docs: list[Document] = []
        self._tfs: list[Counter] = []
        self._df: Counter = Counter()
        self._avgdl = 0.0

    def fit(self, docs: list[Document]) -> "BM25Index":
        self._docs = list(docs)
        self._tfs = [Counter(_tokenize(d.text)) for d in self._docs]
        self._df = Counter()
        for tf in self._tfs:
            self._df.update(tf.keys())
        lengths = [sum(tf.values()) for tf in self._tfs]
        self._avgdl = (sum(lengths) / len(lengths)) if lengths else 0.0
        return self

    def _idf(self, term: str) -> float:
        n = len(self._docs)
        df = self._df.get(term, 0)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def search(self, query: str, k: int = 10) -> list[SearchHit]:
        terms = _tokenize(query)
        scored = []
        for doc, tf in zip(self._docs, self._tfs):
            dl = sum(tf.values()) or 1
            s = 0.0
            for t in terms:
                f = tf.get(t, 0)
                if not f:
                    continue
                s += self._idf(t) * f * (self.k1 + 1) / (f + self.k1 * (1 - self.b + self.b * dl / (self._avgdl or 1)))
            if s > 0:
                scored.append(SearchHit(doc, s))
        scored.sort(key=lambda h: -h.score)
        return scored[:k]


def reciprocal_rank_fusion(*rankings: list[SearchHit], k: int = 60, limit: int = 20) -> list[SearchHit]:
    scores: dict[str, float] = {}
    docs: dict[str, Document] = {}
    for ranking in rankings:
        for rank, hit in enumerate(ranking):
            scores[hit.doc.id] = scores.get(hit.doc.id, 0.0) + 1.0 / (k + rank + 1)
            docs[hit.doc.id] = hit.doc
    fused = sorted(scores.items(), key=lambda kv: -kv[1])[:limit]
    return [SearchHit(docs[i], s) for i, s in fused]


class HybridStore:
    def __init__(self, vectors: VectorStore) -> None:
        self.vectors = vectors
        self.bm25 = BM25Index().fit(vectors._docs)

    def __len__(self) -> int:
        return len(self.vectors)

    def search(self, query_vector: list[float], query_text: str = "", k: int = 10) -> list[SearchHit]:
        dense = self.vectors.search(query_vector, k=k * 2)
        if not query_text:
            return dense[:k]
        sparse = self.bm25.search(query_text, k=k * 2)
        return reciprocal_rank_fusion(dense, sparse, limit=k)
