"""Embedding + rerank worker."""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

from google.genai import types

from ..chunking import batched
from ..llm import get_openai_client, get_voyage_client, registry
from ..protocol import Job
from .base import BaseWorker

log = logging.getLogger(__name__)

VOYAGE_BATCH = 128
VOYAGE_MAX_TOKENS_PER_BATCH = 120_000
GOOGLE_TASK_TYPES = {"document": "RETRIEVAL_DOCUMENT", "query": "RETRIEVAL_QUERY"}


class Worker(BaseWorker):
    name = "embed"

    def __init__(self, ctx=None, max_threads: int = 4) -> None:
        super().__init__(ctx)
        self.voyage = get_voyage_client()
        self.openai = get_openai_client()
        self.genai = registry.get("google")
        self.pool = ThreadPoolExecutor(max_workers=max_threads, thread_name_prefix="embed")
        self.handlers = {
            "embed": self.embed,
            "embed_bulk": self.embed_bulk,
            "rerank": self.rerank,
        }

    def embed(self, job: Job) -> dict:
        texts: list[str] = job.payload["texts"]
        input_type = job.payload.get("input_type", "document")
        provider = job.payload.get("provider") or self.settings.embed_provider

        if provider == "voyage":
            res = self.voyage.embed(texts, model=self.settings.embed_model, input_type=input_type)
            return {"embeddings": res.embeddings, "total_tokens": res.total_tokens, "model": self.settings.embed_model}

        if provider == "openai":
            res = self.openai.embeddings.create(model="text-embedding-3-small", input=texts)
            return {"embeddings": [d.embedding for d in res.data], "total_tokens": res.usage.total_tokens}

        if provider == "google":
            res = self.genai.models.embed_content(
                model="text-embedding-004",
                contents=texts,
                config=types.EmbedContentConfig(task_type=GOOGLE_TASK_TYPES.get(input_type, "RETRIEVAL_DOCUMENT")),
            )
            return {"embeddings": [e.values for e in res.embeddings]}

        raise ValueError(f"unknown embedding provider {provider}")

    def _token_batches(self, texts: list[str]) -> list[list[str]]:
        """Split so each batch stays under Voyage's per-request token limit."""
        out: list[list[str]] = []
        for batch in batched(texts, VOYAGE_BATCH):
            if self.voyage.count_tokens(batch, model=self.settings.embed_model) <= VOYAGE_MAX_TOKENS_PER_BATCH:
                out.append(batch)
            else:
                mid = len(batch) // 2
                out.extend([batch[:mid], batch[mid:]])
        return out

    def embed_bulk(self, job: Job) -> dict:
        texts: list[str] = job.payload["texts"]
        futures = [
            self.pool.submit(self.voyage.embed, batch, model=self.settings.embed_model, input_type="document")
            for batch in self._token_batches(texts)
        ]
        vectors: list[list[float]] = []
        tokens = 0
        for fut in futures:
            res = fut.result()
            vectors.extend(res.embeddings)
            tokens += res.total_tokens
        return {"embeddings": vectors, "total_tokens": tokens}

    def rerank(self, job: Job) -> dict:
        docs: list[str] = job.payload["documents"]
        res = self.voyage.rerank(
            job.payload["query"],
            docs,
            model="rerank-2",
            top_k=int(job.payload.get("top_k", 10)),
        )
        return {
            "results": [{"index": r.index, "score": r.relevance_score} for r in res.results],
            "total_tokens": res.total_tokens,
        }
