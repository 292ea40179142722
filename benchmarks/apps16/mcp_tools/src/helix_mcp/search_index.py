"""Runbook / design-doc index: Cohere embeddings in SQLite, Cohere rerank on top."""
from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, List, Optional

import cohere

from helix_mcp.models import DocHit
from helix_mcp.storage import ChunkStore
from helix_mcp.textutil import chunk_text

log = logging.getLogger(__name__)

EMBED_BATCH = 96  # API limit per embed request
EMBED_MODEL = "embed-v4.0"


@dataclass
class Document:
    doc_id: str
    title: str
    text: str

    @classmethod
    def from_markdown(cls, path: Path) -> "Document":
        text = path.read_text(encoding="utf-8")
        first = text.lstrip().splitlines()[0] if text.strip() else path.stem
        return cls(doc_id=path.stem, title=first.lstrip("# ").strip() or path.stem, text=text)


class DocumentIndex:
    def __init__(self, store: ChunkStore, co: Optional[cohere.ClientV2] = None, model: str = EMBED_MODEL):
        self._store = store
        self._co = co or cohere.ClientV2(api_key=os.environ.get("CO_API_KEY"))
        self.model = model

    @classmethod
    def open(cls, path: Path, **kwargs) -> "DocumentIndex":
        return cls(ChunkStore(Path(path)), **kwargs)

    def add_documents(self, docs: Iterable[Document], workers: int = 4) -> int:
        hits: List[DocHit] = []
        for doc in docs:
            for i, piece in enumerate(chunk_text(doc.text, max_tokens=500, overlap=50)):
                hits.append(DocHit(doc_id=doc.doc_id, chunk_id=i, title=doc.title, text=piece))
        if not hits:
            return 0
        batches = [hits[i : i + EMBED_BATCH] for i in range(0, len(hits), EMBED_BATCH)]
        log.info("embedding %d chunks in %d batches", len(hits), len(batches))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [
                pool.submit(
                    self._co.embed,
                    model=self.model,
                    texts=[h.text for h in batch],
                    input_type="search_document",
                    embedding_types=["float"],
                )
                for batch in batches
            ]
            writes = []
            for batch, fut in zip(batches, futures):
                resp = fut.result()
                writes.append(pool.submit(self._store.write_chunks, batch, resp.embeddings.float_))
            for w in writes:
                w.result()
        return len(hits)

    def search(self, query: str, limit: int = 20) -> List[DocHit]:
        resp = self._co.embed(
            model=self.model,
            texts=[query],
            input_type="search_query",
            embedding_types=["float"],
        )
        return self._store.nearest(resp.embeddings.float_[0], limit)

    def keyword_search(self, query: str, limit: int = 40) -> List[DocHit]:
        return self._store.fts(query, limit)

    def reset(self) -> None:
        self._store.clear()


def rerank_hits(
    client: cohere.ClientV2,
    query: str,
    hits: List[DocHit],
    top_n: int = 5,
    model: str = "rerank-v3.5",
) -> List[DocHit]:
    if not hits:
        return []
    resp = client.rerank(
        model=model,
        query=query,
        documents=[f"{h.title}\n{h.text}" for h in hits],
        top_n=min(top_n, len(hits)),
    )
    return [hits[r.index].with_score(r.relevance_score) for r in resp.results]
