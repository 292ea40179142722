"""Query-side embedding helpers used by retrieval and the admin search box.

Document-side embedding runs in ``tasks/embed.py``.
"""
import functools
import logging
from typing import Iterable, List

import voyageai

from docintel.core.settings import settings

log = logging.getLogger(__name__)

# Voyage hard limit is 120k tokens per request for voyage-3.5 / law-2;
# leave head-room for the tokenizer differences we've seen in prod.
MAX_TOKENS_PER_REQUEST = 100_000
MAX_TEXTS_PER_REQUEST = 128


@functools.lru_cache(maxsize=1)
def _voyage() -> voyageai.Client:
    return voyageai.Client(api_key=settings.voyage_api_key, max_retries=3, timeout=20)


def model_for_doc_type(doc_type: str) -> str:
    if doc_type == "contract":
        return settings.voyage_law_model
    return settings.voyage_doc_model


def embed_query(text: str, doc_type: str = "claim") -> List[float]:
    result = _voyage().embed([text], model=model_for_doc_type(doc_type), input_type="query")
    return result.embeddings[0]


def token_batches(texts: Iterable[str], model: str) -> Iterable[List[str]]:
    """Split texts into batches that stay under the request token budget."""
    batch: List[str] = []
    budget = 0
    for text in texts:
        n = _voyage().count_tokens([text], model=model)
        if batch and (budget + n > MAX_TOKENS_PER_REQUEST or len(batch) >= MAX_TEXTS_PER_REQUEST):
            yield batch
            batch, budget = [], 0
        batch.append(text)
        budget += n
    if batch:
        yield batch
