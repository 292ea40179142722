"""Embedding helpers. The index in Pinecone is 1024-d (Cohere embed-v3);
the OpenAI path is only used for the experimental 'kb_v2' namespace."""
import logging
from typing import Iterable, List, Sequence

from mage_pipeline.utils.clients import get_cohere_client, get_openai_client, get_together_client

logger = logging.getLogger(__name__)

COHERE_MODEL = 'embed-english-v3.0'
OPENAI_MODEL = 'text-embedding-3-small'
TOGETHER_MODEL = 'togethercomputer/m2-bert-80M-8k-retrieval'
BATCH = 96  # Cohere limit per request


def _batches(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def embed_cohere(texts: Sequence[str], input_type: str = 'search_document') -> List[List[float]]:
    co = get_cohere_client()
    vectors: List[List[float]] = []
    for chunk in _batches(list(texts), BATCH):
        resp = co.embed(
            texts=list(chunk),
            model=COHERE_MODEL,
            input_type=input_type,
            embedding_types=['float'],
        )
        vectors.extend(resp.embeddings.float_)
    return vectors


def embed_openai(texts: Sequence[str], dimensions: int = 1024) -> List[List[float]]:
    vectors: List[List[float]] = []
    for chunk in _batches(list(texts), 512):
        resp = get_openai_client().embeddings.create(
            model=OPENAI_MODEL,
            input=list(chunk),
            dimensions=dimensions,
        )
        vectors.extend(d.embedding for d in resp.data)
    return vectors


def embed_together(texts: Sequence[str]) -> List[List[float]]:
    client = get_together_client()
    out = client.embeddings.create(model=TOGETHER_MODEL, input=list(texts))
    return [row.embedding for row in out.data]


EMBEDDERS = {
    'cohere': embed_cohere,
    'openai': embed_openai,
    'together': embed_together,
}


def embed(texts: Sequence[str], provider: str = 'cohere') -> List[List[float]]:
    try:
        fn = EMBEDDERS[provider]
    except KeyError:
        raise ValueError(f'unknown embedding provider {provider!r}') from None
    logger.info('embedding %d texts with %s', len(texts), provider)
    return fn(texts)
