"""Voyage embeddings helpers for the docs search index and CRM dedupe."""
import functools
from typing import Iterable, List, Sequence

import voyageai

from f.common import resources

EMBED_MODEL = "voyage-3.5"
RERANK_MODEL = "rerank-2.5"
MAX_BATCH = 128
MAX_BATCH_TOKENS = 120_000


@functools.lru_cache(maxsize=1)
def voyage_client() -> voyageai.Client:
    res = resources.load("voyage")
    return voyageai.Client(api_key=res["api_key"], max_retries=3)


def async_voyage_client() -> voyageai.AsyncClient:
    res = resources.load("voyage")
    return voyageai.AsyncClient(api_key=res["api_key"])


def batched(items: Sequence[str], size: int = MAX_BATCH) -> Iterable[List[str]]:
    for i in range(0, len(items), size):
        yield list(items[i:i + size])


def token_safe_batches(texts: Sequence[str], model: str = EMBED_MODEL) -> List[List[str]]:
    """Split texts so each batch stays under Voyage's per-request token cap.

    Uses the tokenizer only (count_tokens is local, no request is billed).
    """
    client = voyage_client()
    batches: List[List[str]] = []
    current: List[str] = []
    current_tokens = 0
    for text in texts:
        n = client.count_tokens([text], model=model)
        if current and (current_tokens + n > MAX_BATCH_TOKENS or len(current) >= MAX_BATCH):
            batches.append(current)
            current, current_tokens = [], 0
        current.append(text)
        current_tokens += n
    if current:
        batches.append(current)
    return batches


def embed_documents(texts: Sequence[str], model: str = EMBED_MODEL) -> List[List[float]]:
    client = voyage_client()
    vectors: List[List[float]] = []
    for batch in token_safe_batches(texts, model=model):
        result = client.embed(batch, model=model, input_type="document")
        vectors.extend(result.embeddings)
    return vectors


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    num = sum(x * y for x, y in zip(a, b))
    da = sum(x * x for x in a) ** 0.5
    db = sum(y * y for y in b) ** 0.5
    return num / (da * db) if da and db else 0.0


def top_k(query_vec: Sequence[float], vectors: Sequence[Sequence[float]], k: int = 5):
    scored = [(i, cosine(query_vec, v)) for i, v in enumerate(vectors)]
    scored.sort(key=lambda t: -t[1])
    return scored[:k]


def estimate_cost_usd(texts: Sequence[str], model: str = EMBED_MODEL) -> float:
    """Rough pre-flight estimate for the backfill script (tokenizer only)."""
    per_million = {"voyage-3.5": 0.06, "voyage-3.5-lite": 0.02, "voyage-context-3": 0.18}
    n = voyage_client().count_tokens(list(texts), model=model)
    return n * per_million.get(model, 0.06) / 1_000_000
