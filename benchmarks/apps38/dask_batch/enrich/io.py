"""Dataset IO helpers (parquet on S3)."""
from __future__ import annotations

import datetime as dt

import dask.bag as db
import dask.dataframe as dd
import pandas as pd

from enrich.config import load_settings


def dataset_path(name: str, run_date: dt.date | None = None, stage: str = "raw") -> str:
    settings = load_settings()
    run_date = run_date or dt.date.today()
    return f"{settings.bucket}/{stage}/{name}/dt={run_date.isoformat()}"


def read_table(name: str, columns: list[str] | None = None, run_date: dt.date | None = None) -> dd.DataFrame:
    return dd.read_parquet(dataset_path(name, run_date), columns=columns, engine="pyarrow")


def write_table(ddf: dd.DataFrame, name: str, run_date: dt.date | None = None) -> None:
    ddf.to_parquet(dataset_path(name, run_date, stage="enriched"), engine="pyarrow",
                   write_index=False, overwrite=True)


def read_jsonl_bag(name: str, run_date: dt.date | None = None, blocksize: str = "64MiB") -> db.Bag:
    import json

    return db.read_text(f"{dataset_path(name, run_date)}/*.jsonl", blocksize=blocksize).map(json.loads)


def write_jsonl_bag(bag: db.Bag, name: str, run_date: dt.date | None = None) -> None:
    import json

    bag.map(json.dumps).to_textfiles(f"{dataset_path(name, run_date, stage='enriched')}/part-*.jsonl")


def empty_like(meta: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({k: pd.Series(dtype=v) for k, v in meta.items()})
