"""Small utilities shared by the apps: embeddings, token budgets, model lists."""
import functools
import logging
from typing import List, Sequence

import tiktoken
from django.conf import settings
from django.core.cache import cache

from .factory import get_openai_client

logger = logging.getLogger(__name__)

EMBED_BATCH = 96


@functools.lru_cache(maxsize=4)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("cl100k_base")


def count_prompt_tokens(text: str, model: str = None) -> int:
    model = model or settings.OPENAI_CHAT_MODEL
    return len(_encoding(model).encode(text))


def truncate_to_tokens(text: str, limit: int, model: str = None) -> str:
    enc = _encoding(model or settings.OPENAI_CHAT_MODEL)
    tokens = enc.encode(text)
    if len(tokens) <= limit:
        return text
    return enc.decode(tokens[:limit])


def chunked(items: Sequence, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def embed_texts(texts: List[str], model: str = None) -> List[List[float]]:
    """Embed ``texts`` with OpenAI, batching to stay under request limits."""
    model = model or settings.OPENAI_EMBEDDING_MODEL
    vectors: List[List[float]] = []
    for batch in chunked(texts, EMBED_BATCH):
        result = get_openai_client().embeddings.create(model=model, input=list(batch))
        vectors.extend(item.embedding for item in result.data)
    return vectors


def available_openai_models() -> List[str]:
    cached = cache.get("openai:models")
    if cached is not None:
        return cached
    models = sorted(m.id for m in get_openai_client().models.list())
    cache.set("openai:models", models, 60 * 60)
    return models
