"""Builds and serves the in-memory vector index.

Run ``python -m services.search_api.indexer`` to rebuild from the documents table.
"""
from __future__ import annotations

import io
import json
import logging
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import List, Optional, Sequence

import boto3
import numpy as np
from openai import OpenAI

from llmkit.config import get_settings
from llmkit.embeddings import chunked, embed_openai

logger = logging.getLogger(__name__)

EMBED_MODEL = "text-embedding-3-small"

# One client per worker process; reads OPENAI_API_KEY from the environment.
_openai = OpenAI()
s3 = boto3.client("s3")


@dataclass
class Document:
    doc_id: str
    title: str
    body: str


@dataclass
class Hit:
    doc_id: str
    text: str
    score: float


class DocumentRepo:
    def __init__(self, path: str = "llm_platform.db") -> None:
        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS documents (doc_id TEXT PRIMARY KEY, title TEXT, body TEXT)"
        )

    def create(self, doc: Document) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO documents (doc_id, title, body) VALUES (?, ?, ?)",
                (doc.doc_id, doc.title, doc.body),
            )

    def all(self) -> List[Document]:
        rows = self._conn.execute("SELECT doc_id, title, body FROM documents").fetchall()
        return [Document(*row) for row in rows]


class VectorIndex:
    def __init__(self, docs: Sequence[Document], vectors: np.ndarray) -> None:
        self.docs = list(docs)
        self.vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    def search(self, query_vec: Sequence[float], k: int = 10) -> List[Hit]:
        scores = self.vectors @ np.asarray(query_vec)
        top = np.argsort(-scores)[:k]
        return [Hit(self.docs[i].doc_id, self.docs[i].body, float(scores[i])) for i in top]


_index: Optional[VectorIndex] = None


def get_index() -> VectorIndex:
    global _index
    if _index is None:
        _index = load_index()
    return _index


def reindex(docs: Sequence[Document], batch_size: int = 128, workers: int = 4) -> VectorIndex:
    batches = list(chunked([d.body for d in docs], batch_size))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(_openai.embeddings.create, model=EMBED_MODEL, input=list(batch))
            for batch in batches
        ]
        vectors: List[List[float]] = []
        for fut in futures:
            vectors.extend(d.embedding for d in fut.result().data)
    index = VectorIndex(docs, np.asarray(vectors, dtype=np.float32))
    _upload(index)
    return index


def add_documents(repo: DocumentRepo, docs: Sequence[Document]) -> None:
    """Incremental path used by the ingestion webhook."""
    for doc in docs:
        repo.create(doc)
    index = get_index()
    new_vecs = np.asarray(embed_openai(_openai, [d.body for d in docs], model=EMBED_MODEL), dtype=np.float32)
    index.docs.extend(docs)
    index.vectors = np.vstack([index.vectors, new_vecs / np.linalg.norm(new_vecs, axis=1, keepdims=True)])


def _upload(index: VectorIndex) -> None:
    buf = io.BytesIO()
    np.save(buf, index.vectors)
    bucket = get_settings().s3_bucket
    s3.put_object(Bucket=bucket, Key="search/index/vectors.npy", Body=buf.getvalue())
    manifest = [{"doc_id": d.doc_id, "title": d.title} for d in index.docs]
    s3.put_object(Bucket=bucket, Key="search/index/manifest.json", Body=json.dumps(manifest).encode())


def load_index() -> VectorIndex:
    bucket = get_settings().s3_bucket
    vec_obj = s3.get_object(Bucket=bucket, Key="search/index/vectors.npy")
    vectors = np.load(io.BytesIO(vec_obj["Body"].read()))
    docs = {d.doc_id: d for d in DocumentRepo().all()}
    manifest = json.loads(s3.get_object(Bucket=bucket, Key="search/index/manifest.json")["Body"].read())
    return VectorIndex([docs[m["doc_id"]] for m in manifest], vectors)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    all_docs = DocumentRepo().all()
    logger.info("reindexing %d documents", len(all_docs))
    reindex(all_docs)
