"""Upload handling: parse files the user drops into the sidebar."""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

log = logging.getLogger(__name__)

SUPPORTED = {".csv", ".tsv", ".xlsx", ".parquet", ".json"}


@dataclass
class Dataset:
    name: str
    df: pd.DataFrame
    source_path: str | None = None
    loaded_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @classmethod
    def create(cls, name: str, df: pd.DataFrame, source_path: str | None = None) -> "Dataset":
        df = df.copy()
        df.columns = [str(c).strip() for c in df.columns]
        return cls(name=name, df=df, source_path=source_path)

    @property
    def shape_label(self) -> str:
        return f"{len(self.df):,} rows \u00d7 {self.df.shape[1]} cols"


class DatasetStore:
    """Per-session store of loaded datasets, keyed by name."""

    def __init__(self) -> None:
        self._items: dict[str, Dataset] = {}

    def create(self, name: str, df: pd.DataFrame, source_path: str | None = None) -> Dataset:
        ds = Dataset.create(name, df, source_path)
        self._items[name] = ds
        return ds

    def get(self, name: str) -> Dataset | None:
        return self._items.get(name)

    def names(self) -> list[str]:
        return sorted(self._items)

    def drop(self, name: str) -> None:
        self._items.pop(name, None)


def read_upload(file_info: dict, max_mb: int = 50) -> pd.DataFrame:
    """``file_info`` is one entry of ``input.upload()`` (name, size, type, datapath)."""
    path = Path(file_info["datapath"])
    size_mb = file_info.get("size", 0) / 1024 / 1024
    if size_mb > max_mb:
        raise ValueError(f"{file_info['name']} is {size_mb:.0f} MB; the limit is {max_mb} MB")
    suffix = Path(file_info["name"]).suffix.lower()
    if suffix not in SUPPORTED:
        raise ValueError(f"unsupported file type {suffix}")
    if suffix == ".csv":
        return pd.read_csv(path, low_memory=False)
    if suffix == ".tsv":
        return pd.read_csv(path, sep="\t", low_memory=False)
    if suffix == ".xlsx":
        return pd.read_excel(path)
    if suffix == ".parquet":
        return pd.read_parquet(path)
    return pd.read_json(path)


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    buf = io.StringIO()
    df.to_csv(buf, index=False)
    return buf.getvalue().encode()
