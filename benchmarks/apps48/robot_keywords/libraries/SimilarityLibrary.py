"""Semantic similarity assertions (answer vs. golden answer)."""
from __future__ import annotations

import math
from typing import Sequence

import ollama
from robot.api.deco import keyword, library
from robot.libraries.BuiltIn import BuiltIn

from resources import get_genai_client, get_mistral_client, settings


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


@library(scope="GLOBAL")
class SimilarityLibrary:
    ROBOT_LIBRARY_SCOPE = "GLOBAL"

    def __init__(self, backend: str = "openai", threshold: float = 0.82) -> None:
        self.backend = backend
        self.threshold = float(threshold)

    def _embed_pair(self, a: str, b: str) -> tuple[list[float], list[float]]:
        if self.backend == "openai":
            llm = BuiltIn().get_library_instance("LLMLibrary")
            resp = llm.client.embeddings.create(model=settings.openai_embedding_model, input=[a, b])
            return resp.data[0].embedding, resp.data[1].embedding
        if self.backend == "mistral":
            resp = get_mistral_client().embeddings.create(model="mistral-embed", inputs=[a, b])
            return resp.data[0].embedding, resp.data[1].embedding
        if self.backend == "gemini":
            resp = get_genai_client().models.embed_content(model="text-embedding-004", contents=[a, b])
            return resp.embeddings[0].values, resp.embeddings[1].values
        # local fallback: nomic-embed-text on the runner
        resp = ollama.embed(model="nomic-embed-text", input=[a, b])
        return resp["embeddings"][0], resp["embeddings"][1]

    @keyword("Texts Should Be Similar")
    def texts_should_be_similar(self, first: str, second: str, threshold: float | None = None) -> float:
        threshold = float(threshold) if threshold is not None else self.threshold
        va, vb = self._embed_pair(first, second)
        score = cosine(va, vb)
        if score < threshold:
            raise AssertionError(f"Similarity {score:.3f} below {threshold}")
        return score

    @keyword("Texts Should Not Be Similar")
    def texts_should_not_be_similar(self, first: str, second: str, threshold: float = 0.6) -> float:
        score = cosine(*self._embed_pair(first, second))
        if score >= float(threshold):
            raise AssertionError(f"Similarity {score:.3f} not below {threshold}")
        return score
