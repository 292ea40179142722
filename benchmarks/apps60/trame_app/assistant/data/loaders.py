"""Dataset loading and light profiling."""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

SUPPORTED = (".csv", ".tsv", ".parquet", ".json", ".xlsx")


@dataclass
class Dataset:
    name: str
    frame: pd.DataFrame

    @property
    def shape(self) -> tuple[int, int]:
        return self.frame.shape

    def schema(self) -> str:
        return "\n".join(f"- {col}: {dtype}" for col, dtype in self.frame.dtypes.items())

    def stats_table(self, max_cols: int = 30) -> str:
        numeric = self.frame.select_dtypes(include=[np.number])
        desc = numeric.iloc[:, :max_cols].describe().T
        desc["missing"] = self.frame[numeric.columns[:max_cols]].isna().sum()
        return desc.round(4).to_string()

    def head_markdown(self, n: int = 8) -> str:
        return self.frame.head(n).to_markdown(index=False)


def load_path(path: str | Path) -> Dataset:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ValueError(f"unsupported file type {suffix}")
    if suffix == ".csv":
        frame = pd.read_csv(path)
    elif suffix == ".tsv":
        frame = pd.read_csv(path, sep="\t")
    elif suffix == ".parquet":
        frame = pd.read_parquet(path)
    elif suffix == ".json":
        frame = pd.read_json(path)
    else:
        frame = pd.read_excel(path)
    return Dataset(name=path.stem, frame=frame)


def load_upload(file_info: dict) -> Dataset:
    """Load what a trame VFileInput sends us: {name, size, type, content}."""
    name = file_info.get("name", "upload.csv")
    content = file_info["content"]
    if isinstance(content, list):  # chunked upload
        content = b"".join(content)
    buf = io.BytesIO(content)
    if name.endswith(".parquet"):
        frame = pd.read_parquet(buf)
    elif name.endswith(".json"):
        frame = pd.read_json(buf)
    else:
        frame = pd.read_csv(buf)
    return Dataset(name=Path(name).stem, frame=frame)


def list_local(data_dir: str) -> list[str]:
    root = Path(data_dir)
    if not root.exists():
        return []
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.suffix in SUPPORTED)
