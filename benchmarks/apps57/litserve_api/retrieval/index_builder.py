from __future__ import annotations

import logging
from pathlib import Path

from retrieval.chunking import chunk_documents, count_tokens
from retrieval.embedder import Embedder
from retrieval.store import Document, VectorStore

log = logging.getLogger(__name__)


def load_corpus(root: Path) -> list[tuple[str, str]]:
    docs = []
    for p in sorted(root.rglob("*.md")) + sorted(root.rglob("*.txt")):
        docs.append((str(p.relative_to(root)), p.read_text(encoding="utf-8", errors="ignore")))
    return docs


def build_index(corpus_dir: Path, embedder: Embedder, dim: int) -> VectorStore:
    store = VectorStore(dim)
    chunks = list(chunk_documents(load_corpus(corpus_dir)))
    total = sum(count_tokens(c) for _, c in chunks)
    log.info("embedding %d chunks (%d tokens)", len(chunks), total)
    vectors = embedder.embed([c for _, c in chunks])
    store.add([Document(id=i, text=c, metadata={"source": i.split("#")[0]}) for i, c in chunks], vectors)
    return store


def update_index(store: VectorStore, corpus_dir: Path, embedder: Embedder, seen_ids: set[str] | None = None) -> int:
    """Embed only chunks whose id isn't already in the store. Returns the number added."""
    seen = seen_ids if seen_ids is not None else {d.id for d in store._docs}
    fresh = [(i, c) for i, c in chunk_documents(load_corpus(corpus_dir)) if i not in seen]
    if not fresh:
        log.info("index up to date")
        return 0
    for start in range(0, len(fresh), 512):
        window = fresh[start : start + 512]
        vectors = embedder.embed([c for _, c in window])
        store.add(
            [Document(id=i, text=c, metadata={"source": i.split("#")[0]}) for i, c in window],
            vectors,
        )
        log.info("added %d/%d", min(start + 512, len(fresh)), len(fresh))
    return len(fresh)


def stats(store: VectorStore) -> dict:
    sources = {d.metadata.get("source") for d in store._docs}
    tokens = sum(count_tokens(d.text) for d in store._docs[:2000])
    return {"chunks": len(store), "sources": len(sources), "sampled_tokens": tokens}
