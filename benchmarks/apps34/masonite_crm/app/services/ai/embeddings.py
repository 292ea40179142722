"""Lead embeddings for similar-lead search."""
import asyncio
import math
from typing import List, Sequence

from masonite.configuration import config

from app.services.ai import get_async_openai, get_mistral, get_openai


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class EmbeddingService:
    BATCH = 64

    def __init__(self, backend: str = "openai"):
        self.backend = backend

    def embed(self, texts: List[str]) -> List[List[float]]:
        if self.backend == "mistral":
            return self._embed_mistral(texts)
        vectors = []
        client = get_openai()
        for i in range(0, len(texts), self.BATCH):
            batch = texts[i : i + self.BATCH]
            response = client.embeddings.create(
                model=config("ai.openai.embedding_model"), input=batch
            )
            vectors.extend(item.embedding for item in response.data)
        return vectors

    def _embed_mistral(self, texts: List[str]) -> List[List[float]]:
        response = get_mistral().embeddings.create(
            model=config("ai.mistral.embedding_model", "mistral-embed"),
            inputs=texts,
        )
        return [item.embedding for item in response.data]

    async def embed_one_async(self, text: str) -> List[float]:
        response = await get_async_openai().embeddings.create(
            model=config("ai.openai.embedding_model"), input=text
        )
        return response.data[0].embedding

    async def embed_in_thread(self, texts: List[str]) -> List[List[float]]:
        client = get_openai()
        response = await asyncio.to_thread(
            client.embeddings.create,
            model=config("ai.openai.embedding_model"),
            input=texts,
        )
        return [d.embedding for d in response.data]


def most_similar(target: Sequence[float], candidates, top_k: int = 5):
    scored = [(cosine(target, c.embedding), c) for c in candidates if c.embedding]
    scored.sort(key=lambda pair: pair[0], reverse=True)
    return [c for _, c in scored[:top_k]]
