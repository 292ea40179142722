"""
Embedding helpers. Which provider a tenant uses is fixed at creation time
(Tenant.embedding_provider) because vectors from different models cannot be
mixed in the same index.
"""
import logging
from typing import List, Sequence

from django.conf import settings

from . import clients

logger = logging.getLogger(__name__)

VOYAGE_MAX_BATCH = 128
COHERE_MAX_BATCH = 96
VOYAGE_MAX_TOKENS_PER_BATCH = 120_000


def _batched(items: Sequence[str], size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def embed_with_voyage(texts: List[str], input_type: str = "document") -> List[List[float]]:
    vo = clients.get_voyage_client()
    vectors = []
    for batch in _batched(texts, VOYAGE_MAX_BATCH):
        n_tokens = vo.count_tokens(batch, model=settings.VOYAGE_EMBED_MODEL)
        if n_tokens > VOYAGE_MAX_TOKENS_PER_BATCH:
            logger.info("voyage batch over token budget (%s), splitting", n_tokens)
            half = len(batch) // 2
            vectors.extend(embed_with_voyage(batch[:half], input_type))
            vectors.extend(embed_with_voyage(batch[half:], input_type))
            continue
        result = vo.embed(batch, model=settings.VOYAGE_EMBED_MODEL, input_type=input_type)
        vectors.extend(result.embeddings)
    return vectors


def embed_with_cohere(texts: List[str], input_type: str = "search_document") -> List[List[float]]:
    co = clients.get_cohere_client()
    vectors = []
    for batch in _batched(texts, COHERE_MAX_BATCH):
        resp = co.embed(
            model=settings.COHERE_EMBED_MODEL,
            texts=list(batch),
            input_type=input_type,
            embedding_types=["float"],
        )
        vectors.extend(resp.embeddings.float_)
    return vectors


def embed_with_azure(texts: List[str]) -> List[List[float]]:
    client = clients.get_azure_openai_client()
    resp = client.embeddings.create(model=clients.deployment("embeddings"), input=texts, dimensions=1024)
    return [item.embedding for item in sorted(resp.data, key=lambda d: d.index)]


_QUERY_INPUT_TYPE = {"voyage": "query", "cohere": "search_query"}


def embed_documents(tenant, texts: List[str]) -> List[List[float]]:
    provider = tenant.embedding_provider
    if provider == "voyage":
        return embed_with_voyage(texts, "document")
    if provider == "cohere":
        return embed_with_cohere(texts, "search_document")
    return embed_with_azure(texts)


def embed_query(tenant, text: str) -> List[float]:
    provider = tenant.embedding_provider
    if provider == "voyage":
        return embed_with_voyage([text], _QUERY_INPUT_TYPE[provider])[0]
    if provider == "cohere":
        return embed_with_cohere([text], _QUERY_INPUT_TYPE[provider])[0]
    return embed_with_azure([text])[0]
