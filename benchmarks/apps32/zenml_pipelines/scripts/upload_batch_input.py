"""Prepare + upload a JSONL file for the OpenAI Batch API (the batch itself is
submitted from the console by whoever is on-call; see runbook)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

from llm import get_openai_client
from llm.prompts import LABEL_SYSTEM, render_label_prompt

LABELS = ["billing", "bug", "feature_request", "account", "other"]


def build_jsonl(df: pd.DataFrame, path: Path, model: str = "gpt-4o-mini") -> Path:
    with path.open("w") as f:
        for row in df.to_dict(orient="records"):
            f.write(
                json.dumps(
                    {
                        "custom_id": str(row["id"]),
                        "method": "POST",
                        "url": "/v1/chat/completions",
                        "body": {
                            "model": model,
                            "messages": [
                                {"role": "system", "content": LABEL_SYSTEM},
                                {"role": "user", "content": render_label_prompt(row.get("subject", ""), row["body"], LABELS)},
                            ],
                            "max_tokens": 16,
                        },
                    }
                )
                + "\n"
            )
    return path


def main(parquet_path: str) -> None:
    df = pd.read_parquet(parquet_path)
    jsonl = build_jsonl(df, Path("/tmp/batch_input.jsonl"))
    client = get_openai_client()
    with jsonl.open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="batch")
    print("uploaded", uploaded.id)
    for b in client.batches.list(limit=5):
        print(b.id, b.status)


if __name__ == "__main__":
    main(sys.argv[1])
