"""Old embedding helpers (HTTP against voyage, plus the original OpenAI path)."""
from __future__ import annotations

import logging

from app.legacy import get_openai, voyage_http

logger = logging.getLogger(__name__)


def voyage_embed(texts: list[str], model: str = "voyage-2") -> list[list[float]]:
    resp = voyage_http().post("/embeddings", json={"input": texts, "model": model})
    resp.raise_for_status()
    return [row["embedding"] for row in resp.json()["data"]]


def openai_embed(texts: list[str]) -> list[list[float]]:
    client = get_openai()
    out = client.embeddings.create(model="text-embedding-ada-002", input=texts)
    return [d.embedding for d in out.data]


def embed(texts: list[str], provider: str = "voyage") -> list[list[float]]:
    if provider == "openai":
        return openai_embed(texts)
    return voyage_embed(texts)
