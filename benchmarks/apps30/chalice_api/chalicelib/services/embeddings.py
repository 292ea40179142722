"""Batch embedding for document ingestion.

Lambda gives us a couple of vCPUs at 1769MB+, so we fan the batches out over
a small thread pool.
"""
import functools
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

from chalicelib.clients import get_chat_client
from chalicelib.config import settings
from chalicelib.utils import chunked

logger = logging.getLogger(__name__)

BATCH_SIZE = 96


class EmbeddingService:
    def __init__(self, client=None, model: str | None = None, max_workers: int = 4):
        self._client = client or get_chat_client()
        self.model = model or settings.embedding_model
        self.max_workers = max_workers

    def embed_many(self, texts: list[str]) -> list[list[float]]:
        batches = list(chunked(texts, BATCH_SIZE))
        results: dict[int, list[list[float]]] = {}
        with ThreadPoolExecutor(max_workers=self.max_workers) as pool:
            futures = {
                pool.submit(self._client.embeddings.create, model=self.model, input=batch): idx
                for idx, batch in enumerate(batches)
            }
            for fut in as_completed(futures):
                idx = futures[fut]
                results[idx] = [d.embedding for d in fut.result().data]
        out: list[list[float]] = []
        for idx in range(len(batches)):
            out.extend(results[idx])
        return out

    def embed_sequential(self, texts: list[str], dimensions: int | None = None) -> list[list[float]]:
        """Slower path used when the account is close to its rate limit."""
        embed_fn = functools.partial(self._client.embeddings.create, model=self.model)
        vectors = []
        for batch in chunked(texts, BATCH_SIZE):
            kwargs = {"dimensions": dimensions} if dimensions else {}
            resp = embed_fn(input=batch, **kwargs)
            vectors.extend(d.embedding for d in resp.data)
        return vectors


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = sum(x * x for x in a) ** 0.5
    nb = sum(y * y for y in b) ** 0.5
    return dot / (na * nb) if na and nb else 0.0
