"""Loads the handbook index from disk and retrieves excerpts for a question."""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import List, Optional

from botlib.embeddings import Chunk, CohereEmbedder, top_k

log = logging.getLogger(__name__)

DEFAULT_INDEX = Path(os.environ.get("DOCS_INDEX_PATH", "/var/lib/zulip-bots/handbook_index.jsonl"))


class HandbookRetriever:
    def __init__(self, embedder: CohereEmbedder, index_path: Path = DEFAULT_INDEX) -> None:
        self.embedder = embedder
        self.index_path = index_path
        self._chunks: Optional[List[Chunk]] = None

    @property
    def chunks(self) -> List[Chunk]:
        if self._chunks is None:
            self._chunks = self._load()
        return self._chunks

    def _load(self) -> List[Chunk]:
        if not self.index_path.exists():
            log.error("handbook index missing at %s", self.index_path)
            return []
        chunks = []
        with self.index_path.open() as fh:
            for line in fh:
                row = json.loads(line)
                chunks.append(Chunk(doc_id=row["doc_id"], title=row["title"], text=row["text"], vector=row["vector"]))
        log.info("loaded %d handbook chunks", len(chunks))
        return chunks

    def retrieve(self, question: str, k: int = 5) -> List[Chunk]:
        if not self.chunks:
            return []
        qvec = self.embedder.embed_query(question)
        candidates = top_k(qvec, self.chunks, k=25)
        order = self.embedder.rerank(question, [c.text for c in candidates], top_n=k)
        return [candidates[i] for i in order]
