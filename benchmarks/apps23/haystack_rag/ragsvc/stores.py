"""Document stores. In-memory for now; the pgvector store lands with RAG-350."""
from __future__ import annotations

import json
import logging
from pathlib import Path

from haystack import Document
from haystack.document_stores.in_memory import InMemoryDocumentStore
from haystack.document_stores.types import DuplicatePolicy

logger = logging.getLogger(__name__)

_STORES: dict[str, InMemoryDocumentStore] = {}
SNAPSHOT_DIR = Path("var/stores")


def get_document_store(name: str = "default") -> InMemoryDocumentStore:
    store = _STORES.get(name)
    if store is None:
        store = InMemoryDocumentStore(embedding_similarity_function="cosine")
        snapshot = SNAPSHOT_DIR / f"{name}.json"
        if snapshot.exists():
            docs = [Document.from_dict(d) for d in json.loads(snapshot.read_text())]
            store.write_documents(docs, policy=DuplicatePolicy.OVERWRITE)
            logger.info("loaded %d documents into store %s", len(docs), name)
        _STORES[name] = store
    return store


def save_snapshot(name: str = "default") -> Path:
    store = get_document_store(name)
    SNAPSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SNAPSHOT_DIR / f"{name}.json"
    docs = store.filter_documents()
    path.write_text(json.dumps([d.to_dict() for d in docs]))
    return path
