import logging
from typing import Callable, Dict, List

from django.conf import settings

from . import clients

logger = logging.getLogger(__name__)

MAX_BATCH_TOKENS = 120_000


def chunk_text(text: str, size: int = 1200, overlap: int = 150) -> List[str]:
    chunks, start = [], 0
    while start < len(text):
        chunks.append(text[start:start + size])
        start += size - overlap
    return [c for c in chunks if c.strip()]


def _token_safe_batches(texts: List[str]):
    batch: List[str] = []
    for text in texts:
        candidate = batch + [text]
        if batch and clients.voyage.count_tokens(candidate, model=settings.VOYAGE_EMBED_MODEL) > MAX_BATCH_TOKENS:
            yield batch
            batch = [text]
        else:
            batch = candidate
    if batch:
        yield batch


def embed_documents(texts: List[str]) -> List[List[float]]:
    vectors: List[List[float]] = []
    for batch in _token_safe_batches(texts):
        result = clients.voyage.embed(batch, model=settings.VOYAGE_EMBED_MODEL, input_type="document")
        vectors.extend(result.embeddings)
    return vectors


def embed_query(query: str) -> List[float]:
    result = clients.voyage.embed(
        [query],
        model=settings.VOYAGE_EMBED_MODEL,
        input_type="query",
    )
    return result.embeddings[0]


# Fallback embedders used when Voyage is degraded. Vectors from different
# providers are not comparable, so callers must store the model name too.
FALLBACK_EMBEDDERS: Dict[str, Callable[[List[str]], List[List[float]]]] = {
    "mistral-embed": lambda texts: [
        d.embedding for d in clients.mistral.embeddings.create(model="mistral-embed", inputs=texts).data
    ],
}


def embed_with_fallback(texts: List[str]):
    try:
        return settings.VOYAGE_EMBED_MODEL, embed_documents(texts)
    except Exception as exc:
        logger.warning("voyage embedding failed (%s); using mistral-embed", exc)
        return "mistral-embed", FALLBACK_EMBEDDERS["mistral-embed"](texts)
