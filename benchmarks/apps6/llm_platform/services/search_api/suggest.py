"""Query autocompletion from the search logs (pure Python, no model calls).

``PrefixModel`` is rebuilt nightly from the last 30 days of queries and
pickled next to the vector index.
"""
from __future__ import annotations

import heapq
import pickle
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, Iterable, List


class PrefixModel:
    def __init__(self, max_prefix: int = 24) -> None:
        self.max_prefix = max_prefix
        self._by_prefix: Dict[str, Counter] = defaultdict(Counter)

    def fit(self, queries: Iterable[str]) -> "PrefixModel":
        for q in queries:
            q = " ".join(q.lower().split())
            if not q:
                continue
            for i in range(1, min(len(q), self.max_prefix) + 1):
                self._by_prefix[q[:i]][q] += 1
        return self

    def top(self, prefix: str, limit: int) -> List[str]:
        counts = self._by_prefix.get(prefix.lower()[: self.max_prefix])
        if not counts:
            return []
        return [q for q, _ in heapq.nlargest(limit, counts.items(), key=lambda kv: kv[1])]

    def save(self, path: Path) -> None:
        path.write_bytes(pickle.dumps(dict(self._by_prefix)))

    @classmethod
    def load(cls, path: Path) -> "PrefixModel":
        model = cls()
        if path.exists():
            model._by_prefix.update(pickle.loads(path.read_bytes()))
        return model


def completion(model: PrefixModel, prefix: str, limit: int = 8) -> List[str]:
    """Most frequent past queries that start with ``prefix``."""
    prefix = prefix.strip()
    if len(prefix) < 2:
        return []
    return [q for q in model.top(prefix, limit * 2) if q != prefix.lower()][:limit]
