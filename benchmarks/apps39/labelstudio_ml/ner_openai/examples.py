"""Few-shot example store with embedding-based retrieval."""
import json
import logging
import math
from typing import Dict, List

from openai import OpenAI

logger = logging.getLogger(__name__)

EMBEDDING_MODEL = "text-embedding-3-small"


def _cosine(a: List[float], b: List[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class ExampleStore:
    def __init__(self, client: OpenAI, max_examples: int = 5):
        self._client = client
        self.max_examples = max_examples
        self._items: List[Dict] = []

    def __len__(self) -> int:
        return len(self._items)

    def _embed(self, texts: List[str]) -> List[List[float]]:
        resp = self._client.embeddings.create(model=EMBEDDING_MODEL, input=texts)
        return [d.embedding for d in resp.data]

    def add(self, text: str, spans: List[Dict]) -> None:
        vec = self._embed([text])[0]
        self._items.append({"text": text, "answer": json.dumps({"entities": spans}), "vec": vec})
        if len(self._items) > self.max_examples * 20:
            self._items = self._items[-self.max_examples * 20:]

    def nearest(self, text: str, k: int = 3) -> List[Dict]:
        if not self._items:
            return []
        (query,) = self._embed([text])
        scored = sorted(self._items, key=lambda it: _cosine(query, it["vec"]), reverse=True)
        return scored[:k]
