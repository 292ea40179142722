"""Tiny in-memory vector index for the FAQ.

The index is built offline by ``scripts/build_faq_index.py`` and shipped with the
image as ``data/faq_index.npz``; at runtime we only embed the query.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
from dataclasses import dataclass
from typing import List, Optional

import numpy as np

from llm import clients
from llm.config import get_settings
from llm.embeddings import embed_query

logger = logging.getLogger(__name__)

INDEX_PATH = os.getenv("FAQ_INDEX_PATH", "data/faq_index.npz")
DOCS_PATH = os.getenv("FAQ_DOCS_PATH", "data/faq_docs.jsonl")


@dataclass
class Passage:
    id: str
    title: str
    text: str
    url: Optional[str] = None
    score: float = 0.0


class FAQIndex:
    def __init__(self, vectors: np.ndarray, passages: List[Passage]) -> None:
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        self._vectors = vectors / np.clip(norms, 1e-9, None)
        self._passages = passages

    @classmethod
    def load(cls, index_path: str = INDEX_PATH, docs_path: str = DOCS_PATH) -> "FAQIndex":
        data = np.load(index_path)
        with open(docs_path, encoding="utf-8") as fh:
            passages = [Passage(**json.loads(line)) for line in fh if line.strip()]
        return cls(data["vectors"], passages)

    def __len__(self) -> int:
        return len(self._passages)

    def search_vector(self, query_vec: List[float], top_k: int) -> List[Passage]:
        q = np.asarray(query_vec, dtype=np.float32)
        q = q / max(float(np.linalg.norm(q)), 1e-9)
        scores = self._vectors @ q
        best = np.argsort(-scores)[:top_k]
        out = []
        for i in best:
            p = self._passages[int(i)]
            out.append(Passage(p.id, p.title, p.text, p.url, float(scores[i])))
        return out

    def search(self, query: str, top_k: Optional[int] = None) -> List[Passage]:
        return self.search_vector(embed_query(query), top_k or get_settings().faq_top_k)

    async def asearch(self, query: str, top_k: Optional[int] = None) -> List[Passage]:
        # the sync OpenAI client is shared with the rest of the server, so we push the
        # request to a worker thread instead of keeping a second async pool around
        resp = await asyncio.to_thread(
            clients.openai_client.embeddings.create,
            model=get_settings().model_for("openai_embed"),
            input=[query],
        )
        return self.search_vector(resp.data[0].embedding, top_k or get_settings().faq_top_k)


_index: Optional[FAQIndex] = None


def get_faq_index() -> FAQIndex:
    global _index
    if _index is None:
        _index = FAQIndex.load()
        logger.info("loaded FAQ index with %d passages", len(_index))
    return _index
