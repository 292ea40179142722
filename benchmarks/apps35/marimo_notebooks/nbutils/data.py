"""Loaders for the notebook datasets (parquet snapshots pulled by scripts/)."""
from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from nbutils.config import settings


def load_tickets(path: Path | None = None, limit: int | None = None) -> pl.DataFrame:
    path = path or settings.data_dir / "tickets.parquet"
    df = pl.read_parquet(path)
    df = df.filter(pl.col("body").str.len_chars() > 20)
    return df.head(limit or settings.max_rows)


def load_eval_set(name: str = "rag_eval_v3") -> list[dict]:
    path = settings.data_dir / "eval" / f"{name}.jsonl"
    with path.open() as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_corpus(name: str = "kb_articles") -> pl.DataFrame:
    return pl.read_parquet(settings.data_dir / f"{name}.parquet")


def chunk_text(text: str, size: int = 800, overlap: int = 100) -> list[str]:
    chunks = []
    start = 0
    while start < len(text):
        chunks.append(text[start : start + size])
        start += size - overlap
    return chunks


def monthly_snapshots(df: pl.DataFrame, date_col: str = "created_at") -> dict[str, pl.DataFrame]:
    df = df.with_columns(pl.col(date_col).dt.strftime("%Y-%m").alias("_month"))
    return {m: g.drop("_month") for (m,), g in df.group_by("_month", maintain_order=True)}
