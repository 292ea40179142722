"""Embedding helpers shared by dedup / active-learning scripts."""
import logging
import os
from typing import List

from google.genai import types

from common.clients import get_genai_client, get_openai_client

logger = logging.getLogger(__name__)

EMBED_PROVIDER = os.getenv("EMBED_PROVIDER", "openai")
OPENAI_EMBED_MODEL = os.getenv("OPENAI_EMBED_MODEL", "text-embedding-3-small")
VERTEX_EMBED_MODEL = os.getenv("VERTEX_EMBED_MODEL", "text-embedding-005")
BATCH = 96


def _chunks(items: List[str], n: int):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def embed_texts(texts: List[str]) -> List[List[float]]:
    vectors: List[List[float]] = []
    for chunk in _chunks(texts, BATCH):
        if EMBED_PROVIDER == "vertex":
            resp = get_genai_client().models.embed_content(
                model=VERTEX_EMBED_MODEL,
                contents=chunk,
                config=types.EmbedContentConfig(task_type="SEMANTIC_SIMILARITY"),
            )
            vectors.extend(e.values for e in resp.embeddings)
        else:
            resp = get_openai_client().embeddings.create(model=OPENAI_EMBED_MODEL, input=chunk)
            vectors.extend(d.embedding for d in resp.data)
    return vectors
