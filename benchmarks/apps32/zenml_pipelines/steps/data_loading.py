"""Data loading steps. No model calls in here."""

from __future__ import annotations

import json
from typing import Dict, List, Optional

import pandas as pd
from typing_extensions import Annotated
from zenml import step
from zenml.client import Client
from zenml.io import fileio


@step
def load_tickets(dataset_name: str, limit: Optional[int] = None) -> Annotated[pd.DataFrame, "raw_tickets"]:
    artifact = Client().get_artifact_version(dataset_name)
    df: pd.DataFrame = artifact.load()
    df = df.dropna(subset=["body"]).reset_index(drop=True)
    if limit:
        df = df.head(limit)
    return df


@step
def load_gold_set(dataset_name: str) -> Annotated[List[Dict[str, str]], "gold_set"]:
    artifact = Client().get_artifact_version(dataset_name)
    records = artifact.load()
    return [
        {"question": r["question"], "reference": r["answer"], "id": str(r.get("id", i))}
        for i, r in enumerate(records)
    ]


@step
def load_documents(source_uri: str) -> Annotated[List[Dict[str, str]], "documents"]:
    docs = []
    for path in fileio.listdir(source_uri):
        full = f"{source_uri.rstrip('/')}/{path}"
        if not str(full).endswith((".md", ".txt", ".json")):
            continue
        with fileio.open(full, "r") as f:
            text = f.read()
        if full.endswith(".json"):
            text = json.loads(text).get("content", "")
        docs.append({"source": full, "text": text})
    return docs
