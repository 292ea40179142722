"""Cohere embeddings + rerank for the notes index."""
from __future__ import annotations

from research_assistant.providers.factory import get_cohere_client

BATCH = 96  # cohere embed limit per request


class CohereEmbedder:
    def __init__(self, model: str = "embed-english-v3.0", client=None):
        self.model = model
        self._co = client or get_cohere_client()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for i in range(0, len(texts), BATCH):
            res = self._co.embed(
                texts=texts[i : i + BATCH],
                model=self.model,
                input_type="search_document",
                embedding_types=["float"],
            )
            vectors.extend(res.embeddings.float_)
        return vectors

    def embed_query(self, text: str) -> list[float]:
        res = self._co.embed(
            texts=[text], model=self.model, input_type="search_query", embedding_types=["float"]
        )
        return res.embeddings.float_[0]

    def tokenize(self, text: str) -> list[int]:
        return self._co.tokenize(text=text, model=self.model).tokens
