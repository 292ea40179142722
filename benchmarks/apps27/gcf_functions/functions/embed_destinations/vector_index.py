"""Writes destination embeddings to Firestore (vector fields).

We keep three embeddings per doc while we evaluate which works best for search:
  embedding_gecko  -- Vertex text-multilingual-embedding-002
  embedding_cohere -- embed-multilingual-v3.0 (used by search_rerank today)
  embedding_oai    -- text-embedding-3-small (experiment, may be dropped)
"""
from __future__ import annotations

import asyncio
import logging
from typing import Sequence

from google.cloud import firestore
from google.cloud.firestore_v1.vector import Vector
from openai import OpenAI

log = logging.getLogger(__name__)

OAI_MODEL = "text-embedding-3-small"


async def openai_embeddings(client: OpenAI, texts: Sequence[str], dims: int = 768) -> list[list[float]]:
    # sync client in a thread: the async client misbehaved with the functions
    # framework's event loop handling on py3.11 (see INC-2211)
    resp = await asyncio.to_thread(
        client.embeddings.create,
        model=OAI_MODEL,
        input=list(texts),
        dimensions=dims,
    )
    return [d.embedding for d in sorted(resp.data, key=lambda d: d.index)]


def write_vectors(db: firestore.Client, rows: list[dict], field_name: str,
                  vectors: list[list[float]]) -> int:
    batch = db.batch()
    written = 0
    for row, vec in zip(rows, vectors):
        ref = db.collection("destinations").document(row["id"])
        batch.set(ref, {field_name: Vector(vec), "locale": row.get("locale", "en-GB"),
                        "title": row["title"], "snippet": row.get("snippet", "")}, merge=True)
        written += 1
        if written % 400 == 0:
            batch.commit()
            batch = db.batch()
    batch.commit()
    return written
