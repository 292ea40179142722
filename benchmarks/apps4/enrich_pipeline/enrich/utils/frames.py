"""pandas helpers shared by the stages."""
from __future__ import annotations

from typing import Iterable, Iterator, List, Sequence

import numpy as np
import pandas as pd

TEXT_COLUMNS = ("title", "description", "bullet_points")


def chunked(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def split_frame(frame: pd.DataFrame, size: int) -> List[pd.DataFrame]:
    if frame.empty:
        return []
    return [frame.iloc[i:i + size].copy() for i in range(0, len(frame), size)]


def text_for_embedding(frame: pd.DataFrame, columns: Iterable[str] = TEXT_COLUMNS) -> List[str]:
    present = [c for c in columns if c in frame.columns]
    joined = frame[present].fillna("").astype(str).agg("\n".join, axis=1)
    return joined.str.strip().tolist()


def ensure_columns(frame: pd.DataFrame, columns: Iterable[str], fill=None) -> pd.DataFrame:
    for col in columns:
        if col not in frame.columns:
            frame[col] = fill
    return frame


def missing_mask(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame.columns:
        return pd.Series(True, index=frame.index)
    col = frame[column]
    return col.isna() | (col.astype(str).str.strip() == "")


def cosine_matrix(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit = vectors / norms
    return unit @ unit.T


def explode_dict_column(frame: pd.DataFrame, column: str, prefix: str = "") -> pd.DataFrame:
    if column not in frame.columns:
        return frame
    expanded = pd.json_normalize(frame[column].fillna({}).tolist())
    expanded.index = frame.index
    if prefix:
        expanded = expanded.add_prefix(prefix)
    return pd.concat([frame.drop(columns=[column]), expanded], axis=1)
