"""Embedding store for related-posts.

Vectors are kept in ``<cache>/embeddings.npz`` keyed by a hash of the article
text; only new/changed articles are embedded on each build.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
from pathlib import Path

import numpy as np

from llm_common import get_async_openai, get_voyage
from llm_common.retry import with_retries

log = logging.getLogger(__name__)

BATCH = 64
VOYAGE_TOKEN_BUDGET = 120_000


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class EmbeddingStore:
    def __init__(self, path: Path, cfg):
        self.path = path
        self.cfg = cfg
        self.vectors: dict[str, np.ndarray] = {}
        self._voyage = get_voyage(cfg)
        if path.exists():
            data = np.load(path)
            self.vectors = {k: data[k] for k in data.files}

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(self.path, **self.vectors)

    def _batches(self, texts: list[str]):
        batch, budget = [], 0
        for text in texts:
            n = self._voyage.count_tokens([text], model=self.cfg.voyage_model)
            if batch and (len(batch) >= BATCH or budget + n > VOYAGE_TOKEN_BUDGET):
                yield batch
                batch, budget = [], 0
            batch.append(text)
            budget += n
        if batch:
            yield batch

    def embed_missing(self, texts: dict[str, str]) -> None:
        """``texts`` maps hash -> text."""
        missing = [(h, t) for h, t in texts.items() if h not in self.vectors]
        if not missing:
            return
        log.info("embedding %d new articles with %s", len(missing), self.cfg.voyage_model)
        by_text = {t: h for h, t in missing}
        for batch in self._batches([t for _, t in missing]):
            result = with_retries(
                self._voyage.embed,
                batch,
                model=self.cfg.voyage_model,
                input_type="document",
            )
            for text, vec in zip(batch, result.embeddings):
                self.vectors[by_text[text]] = np.asarray(vec, dtype=np.float32)

    def query_vector(self, text: str) -> np.ndarray:
        result = self._voyage.embed([text], model=self.cfg.voyage_model, input_type="query")
        return np.asarray(result.embeddings[0], dtype=np.float32)


async def openai_embed(cfg, texts: list[str]) -> list[list[float]]:
    """Fallback used when VOYAGE_API_KEY is not set (forks, local dev)."""
    client = get_async_openai(cfg)
    resp = await client.embeddings.create(model=cfg.openai_embed_model, input=texts)
    return [d.embedding for d in resp.data]


def openai_embed_sync(cfg, texts: list[str]) -> list[list[float]]:
    return asyncio.run(openai_embed(cfg, texts))
