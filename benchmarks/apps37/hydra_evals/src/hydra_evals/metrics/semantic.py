"""Embedding-based answer similarity (used for open-ended tasks without a judge)."""
from __future__ import annotations

from typing import Sequence

import numpy as np
from openai import OpenAI


class SemanticSimilarity:
    def __init__(self, client: OpenAI, model: str = "text-embedding-3-large", dimensions: int | None = 1024) -> None:
        self.client = client
        self.model = model
        self.dimensions = dimensions

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        kwargs = {"model": self.model, "input": list(texts)}
        if self.dimensions:
            kwargs["dimensions"] = self.dimensions
        resp = self.client.embeddings.create(**kwargs)
        arr = np.array([d.embedding for d in sorted(resp.data, key=lambda d: d.index)])
        return arr / np.linalg.norm(arr, axis=1, keepdims=True)

    def score(self, predictions: Sequence[str], references: Sequence[str]) -> list[float]:
        p = self._embed(predictions)
        r = self._embed(references)
        return [float(x) for x in np.sum(p * r, axis=1)]
