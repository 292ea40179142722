"""Savers for enrichment outputs. Registered on import (see run.py)."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any, Collection, Dict, Type

import numpy as np
import pandas as pd
from hamilton import registry
from hamilton.io import utils
from hamilton.io.data_adapters import DataLoader, DataSaver

from enrichment.search_index import IndexClient


@dataclasses.dataclass
class EmbeddingsNpySaver(DataSaver):
    path: str

    @classmethod
    def applicable_types(cls) -> Collection[Type]:
        return [np.ndarray]

    def save_data(self, data: np.ndarray) -> Dict[str, Any]:
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        np.save(self.path, data)
        return utils.get_file_metadata(self.path)

    @classmethod
    def name(cls) -> str:
        return "npy"


@dataclasses.dataclass
class EmbeddingsNpyLoader(DataLoader):
    path: str

    @classmethod
    def applicable_types(cls) -> Collection[Type]:
        return [np.ndarray]

    def load_data(self, type_: Type) -> tuple[np.ndarray, Dict[str, Any]]:
        return np.load(self.path), utils.get_file_metadata(self.path)

    @classmethod
    def name(cls) -> str:
        return "npy"


@dataclasses.dataclass
class SearchIndexSaver(DataSaver):
    """Pushes enriched rows to the search index. ``index.create()`` is our own HTTP API."""

    index_name: str
    endpoint: str = "http://search.internal:9200"
    recreate: bool = False

    @classmethod
    def applicable_types(cls) -> Collection[Type]:
        return [pd.DataFrame]

    def save_data(self, data: pd.DataFrame) -> Dict[str, Any]:
        client = IndexClient(self.endpoint)
        index = client.index(self.index_name)
        if self.recreate:
            index.delete(missing_ok=True)
            index.create(mappings={"embedding": {"type": "dense_vector"}})
        written = index.bulk_upsert(json.loads(data.to_json(orient="records")))
        return {"index": self.index_name, "rows": written}

    @classmethod
    def name(cls) -> str:
        return "search_index"


for _adapter in (EmbeddingsNpySaver, EmbeddingsNpyLoader, SearchIndexSaver):
    registry.register_adapter(_adapter)
