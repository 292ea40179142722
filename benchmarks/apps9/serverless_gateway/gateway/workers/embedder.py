"""Dynamic-batching embedding worker.

The RAG teams send one short text per request; Modal's @batched collects
them so we make a single upstream embeddings request per batch.
"""
from __future__ import annotations

import functools
from typing import List

import modal

from gateway.app import ALL_SECRETS, app, image
from gateway.providers import clients
from gateway.observability import get_logger

log = get_logger(__name__)

TOGETHER_EMBED_MODEL = "BAAI/bge-large-en-v1.5"
OPENAI_EMBED_MODEL = "text-embedding-3-small"
# bge-large is 1024-d; ask OpenAI for the same width so vectors are interchangeable
EMBED_DIM = 1024


@app.cls(image=image, secrets=ALL_SECRETS, scaledown_window=300)
class Embedder:
    @modal.enter()
    def load(self) -> None:
        self.together = clients.together_client()
        self.openai = clients.openai_client()
        self._embed = functools.partial(self.together.embeddings.create, model=TOGETHER_EMBED_MODEL)

    @modal.batched(max_batch_size=96, wait_ms=25)
    def embed(self, texts: List[str]) -> List[List[float]]:
        try:
            resp = self._embed(input=texts)
        except Exception as exc:
            log.warning("together_embed_failed_using_openai", error=str(exc)[:200], n=len(texts))
            return self._embed_openai(texts)
        return [d.embedding for d in sorted(resp.data, key=lambda d: d.index)]

    def _embed_openai(self, texts: List[str]) -> List[List[float]]:
        resp = self.openai.embeddings.create(model=OPENAI_EMBED_MODEL, input=texts, dimensions=EMBED_DIM)
        return [d.embedding for d in resp.data]
