"""Loading / persisting the vector index."""
from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Optional

from llama_index.core import StorageContext, VectorStoreIndex, load_index_from_storage
from llama_index.core.schema import BaseNode

from app.config import get_config

logger = logging.getLogger(__name__)


class IndexStore:
    """Thin wrapper so that the API and the scripts agree on where the index lives."""

    def __init__(self, persist_dir: Path) -> None:
        self.persist_dir = persist_dir
        self._index: Optional[VectorStoreIndex] = None

    @classmethod
    def create(cls, persist_dir: Optional[Path] = None) -> "IndexStore":
        return cls(persist_dir or get_config().persist_dir)

    def exists(self) -> bool:
        return (self.persist_dir / "docstore.json").exists()

    def load(self) -> VectorStoreIndex:
        if self._index is None:
            ctx = StorageContext.from_defaults(persist_dir=str(self.persist_dir))
            self._index = load_index_from_storage(ctx)  # type: ignore[assignment]
            logger.info("loaded index from %s", self.persist_dir)
        return self._index

    def build(self, nodes: list[BaseNode]) -> VectorStoreIndex:
        self._index = VectorStoreIndex(nodes, show_progress=True)
        self._index.storage_context.persist(persist_dir=str(self.persist_dir))
        return self._index

    def insert(self, nodes: list[BaseNode]) -> None:
        index = self.load()
        index.insert_nodes(nodes)
        index.storage_context.persist(persist_dir=str(self.persist_dir))


@lru_cache(maxsize=1)
def get_index_store() -> IndexStore:
    return IndexStore.create()
