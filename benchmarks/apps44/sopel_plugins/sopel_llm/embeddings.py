"""Tiny in-memory embedding index for the .recall command."""
from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass
from typing import Deque, List, Sequence

EMBED_MODEL = "text-embedding-3-small"


@dataclass
class Entry:
    channel: str
    nick: str
    text: str
    vector: List[float]


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class EmbeddingIndex:
    def __init__(self, client, max_entries: int = 5000, batch_size: int = 32):
        self.client = client
        self.batch_size = batch_size
        self._entries: Deque[Entry] = deque(maxlen=max_entries)
        self._pending: List[tuple] = []
        self._lock = threading.Lock()

    def _embed(self, texts: List[str]) -> List[List[float]]:
        resp = self.client.embeddings.create(model=EMBED_MODEL, input=texts)
        return [item.embedding for item in resp.data]

    def add(self, channel: str, nick: str, text: str) -> None:
        with self._lock:
            self._pending.append((channel, nick, text))
            if len(self._pending) < self.batch_size:
                return
            batch, self._pending = self._pending, []
        self._flush(batch)

    def flush(self) -> None:
        with self._lock:
            batch, self._pending = self._pending, []
        if batch:
            self._flush(batch)

    def _flush(self, batch: List[tuple]) -> None:
        vectors = self._embed([text for _, _, text in batch])
        with self._lock:
            for (channel, nick, text), vec in zip(batch, vectors):
                self._entries.append(Entry(channel, nick, text, vec))

    def search(self, channel: str, query: str, limit: int = 20) -> List[Entry]:
        qvec = self._embed([query])[0]
        with self._lock:
            candidates = [e for e in self._entries if e.channel == channel]
        candidates.sort(key=lambda e: _cosine(qvec, e.vector), reverse=True)
        return candidates[:limit]

    def __len__(self) -> int:
        return len(self._entries)
