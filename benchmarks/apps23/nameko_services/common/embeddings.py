"""Embedding helpers used by intake (duplicate detection) and the backfill script."""
import math
from typing import Iterable, List, Sequence

EMBEDDING_MODEL = "text-embedding-3-small"
MAX_BATCH = 256


def batched(items: Sequence[str], size: int = MAX_BATCH) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def embed_texts(client, texts: List[str], model: str = EMBEDDING_MODEL, dimensions: int = 512) -> List[List[float]]:
    """Embed ``texts`` with an OpenAI client, preserving order."""
    vectors: List[List[float]] = []
    for chunk in batched(texts):
        response = client.embeddings.create(model=model, input=list(chunk), dimensions=dimensions)
        vectors.extend(item.embedding for item in sorted(response.data, key=lambda d: d.index))
    return vectors


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    if not na or not nb:
        return 0.0
    return dot / (na * nb)


def nearest(query: Sequence[float], corpus: List[Sequence[float]], k: int = 5) -> List[int]:
    scored = sorted(range(len(corpus)), key=lambda i: cosine(query, corpus[i]), reverse=True)
    return scored[:k]
