"""Parquet-backed embedding cache.

``save()`` takes a frame with ``sku`` and ``text`` columns, embeds the rows whose text hash is
not already cached, and writes the merged cache back.
"""
from __future__ import annotations

import hashlib
import logging
from pathlib import PurePosixPath
from typing import Any

import fsspec
import pandas as pd
from kedro.io import AbstractDataset
from kedro.io.core import get_filepath_str, get_protocol_and_path
from openai import OpenAI

logger = logging.getLogger(__name__)

_BATCH = 256


def _text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class EmbeddingCacheDataset(AbstractDataset[pd.DataFrame, pd.DataFrame]):
    def __init__(
        self,
        filepath: str,
        model: str = "text-embedding-3-small",
        dimensions: int | None = None,
        credentials: dict[str, Any] | None = None,
        fs_args: dict[str, Any] | None = None,
    ) -> None:
        protocol, path = get_protocol_and_path(filepath)
        self._protocol = protocol
        self._filepath = PurePosixPath(path)
        self._fs = fsspec.filesystem(protocol, **(fs_args or {}))
        self._model = model
        self._dimensions = dimensions
        self._client = OpenAI(**(credentials or {}))

    def load(self) -> pd.DataFrame:
        load_path = get_filepath_str(self._filepath, self._protocol)
        with self._fs.open(load_path, mode="rb") as f:
            return pd.read_parquet(f)

    def _existing(self) -> pd.DataFrame:
        if not self._exists():
            return pd.DataFrame(columns=["sku", "text_hash", "embedding"])
        return self.load()

    def _embed(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), _BATCH):
            kwargs: dict[str, Any] = {"model": self._model, "input": texts[start : start + _BATCH]}
            if self._dimensions:
                kwargs["dimensions"] = self._dimensions
            response = self._client.embeddings.create(**kwargs)
            vectors.extend(item.embedding for item in response.data)
            logger.debug("embedded %d texts (%d tokens)", len(response.data), response.usage.total_tokens)
        return vectors

    def save(self, data: pd.DataFrame) -> None:
        frame = data[["sku", "text"]].copy()
        frame["text_hash"] = frame["text"].map(_text_hash)

        cache = self._existing()
        known = set(zip(cache["sku"], cache["text_hash"])) if len(cache) else set()
        missing = frame[[(s, h) not in known for s, h in zip(frame["sku"], frame["text_hash"])]]
        logger.info("EmbeddingCacheDataset: %d cached, %d to embed", len(frame) - len(missing), len(missing))

        if len(missing):
            missing = missing.assign(embedding=self._embed(missing["text"].tolist()))
            cache = pd.concat([cache[~cache["sku"].isin(missing["sku"])], missing[["sku", "text_hash", "embedding"]]])

        save_path = get_filepath_str(self._filepath, self._protocol)
        with self._fs.open(save_path, mode="wb") as f:
            cache.reset_index(drop=True).to_parquet(f)

    def _exists(self) -> bool:
        return self._fs.exists(get_filepath_str(self._filepath, self._protocol))

    def _describe(self) -> dict[str, Any]:
        return {"filepath": str(self._filepath), "model": self._model, "dimensions": self._dimensions}
