from __future__ import annotations

from typing import List

import numpy as np

from evalharness.clients import get_openai_client
from evalharness.graders.base import Grader
from evalharness.types import Completion, GradeResult, Sample


class EmbeddingSimilarityGrader(Grader):
    """Cosine similarity between answer and reference embeddings. Cheap proxy for
    summarisation suites where exact match is meaningless."""

    name = "embedding_similarity"

    def __init__(self, model: str = "text-embedding-3-large", threshold: float = 0.82):
        self.model = model
        self.threshold = threshold
        self.client = get_openai_client()

    def _embed(self, texts: List[str]) -> np.ndarray:
        resp = self.client.embeddings.create(model=self.model, input=texts)
        vecs = np.array([d.embedding for d in sorted(resp.data, key=lambda d: d.index)], dtype=np.float32)
        return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)

    def grade(self, sample: Sample, completion: Completion) -> GradeResult:
        if not sample.reference or not completion.text.strip():
            return GradeResult(sample_id=sample.id, grader=self.name, score=0.0, passed=False)
        ref, ans = self._embed([sample.reference, completion.text])
        sim = float(ref @ ans)
        return GradeResult(
            sample_id=sample.id,
            grader=self.name,
            score=sim,
            passed=sim >= self.threshold,
            extra={"embedding_model": self.model},
        )
