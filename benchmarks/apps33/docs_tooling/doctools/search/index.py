"""A tiny vector index written next to the built site (search/vectors.json)."""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

log = logging.getLogger(__name__)

HEADING = re.compile(r"^#{1,3}\s+(.*)$", re.MULTILINE)


class Embedder(Protocol):
    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...

    def embed_query(self, query: str) -> list[float]: ...


@dataclass
class Chunk:
    url: str
    title: str
    text: str


@dataclass
class SearchIndex:
    chunks: list[Chunk] = field(default_factory=list)
    vectors: np.ndarray | None = None

    def search(self, query_vec: Sequence[float], k: int = 20) -> list[dict]:
        if self.vectors is None or not self.chunks:
            return []
        q = np.asarray(query_vec, dtype=np.float32)
        sims = self.vectors @ q / (np.linalg.norm(self.vectors, axis=1) * np.linalg.norm(q) + 1e-9)
        order = np.argsort(-sims)[:k]
        return [dict(url=self.chunks[i].url, title=self.chunks[i].title, text=self.chunks[i].text, sim=float(sims[i])) for i in order]

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "chunks": [c.__dict__ for c in self.chunks],
            "vectors": self.vectors.tolist() if self.vectors is not None else [],
        }
        path.write_text(json.dumps(data), "utf-8")

    @classmethod
    def load(cls, path: Path) -> "SearchIndex":
        data = json.loads(path.read_text("utf-8"))
        return cls(
            chunks=[Chunk(**c) for c in data["chunks"]],
            vectors=np.asarray(data["vectors"], dtype=np.float32) if data["vectors"] else None,
        )


def split_page(url: str, title: str, markdown: str, max_chars: int = 1800) -> list[Chunk]:
    sections = HEADING.split(markdown)
    chunks: list[Chunk] = []
    buf = ""
    for part in sections:
        if len(buf) + len(part) > max_chars and buf:
            chunks.append(Chunk(url=url, title=title, text=buf.strip()))
            buf = ""
        buf += part + "\n"
    if buf.strip():
        chunks.append(Chunk(url=url, title=title, text=buf.strip()))
    return chunks


def build_index(pages: Sequence[tuple[str, str, str]], embedder: Embedder) -> SearchIndex:
    chunks = [c for url, title, md in pages for c in split_page(url, title, md)]
    if not chunks:
        return SearchIndex()
    vectors = embedder.embed_documents([c.text for c in chunks])
    log.info("indexed %d chunks from %d pages", len(chunks), len(pages))
    return SearchIndex(chunks=chunks, vectors=np.asarray(vectors, dtype=np.float32))


def merge_indexes(*indexes: SearchIndex) -> SearchIndex:
    """Combine per-section indexes produced by parallel CI jobs."""
    chunks: list[Chunk] = []
    arrays = []
    for idx in indexes:
        if idx.vectors is None:
            continue
        chunks.extend(idx.chunks)
        arrays.append(idx.vectors)
    if not arrays:
        return SearchIndex()
    return SearchIndex(chunks=chunks, vectors=np.vstack(arrays))


def drop_urls(index: SearchIndex, prefixes: Sequence[str]) -> SearchIndex:
    """Remove chunks whose URL starts with any of ``prefixes`` (e.g. archived versions)."""
    if index.vectors is None:
        return index
    keep = [i for i, c in enumerate(index.chunks) if not any(c.url.startswith(p) for p in prefixes)]
    return SearchIndex(chunks=[index.chunks[i] for i in keep], vectors=index.vectors[keep])
