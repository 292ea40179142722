#!/usr/bin/env python
"""Prepare an OpenAI Batch input file for the nightly re-classification job and upload it.

The batch itself is submitted by the finops-approved job runner, not from here.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from openai import OpenAI

from enrichment.prompts import CLASSIFY_SYSTEM
from enrichment.settings import get_settings


def build_jsonl(rows: list[dict], out: Path) -> Path:
    with out.open("w") as fh:
        for r in rows:
            fh.write(json.dumps({
                "custom_id": r["id"],
                "method": "POST",
                "url": "/v1/chat/completions",
                "body": {
                    "model": get_settings().classify_model,
                    "messages": [{"role": "system", "content": CLASSIFY_SYSTEM}, {"role": "user", "content": r["body"]}],
                },
            }) + "\n")
    return out


def main(path: str) -> None:
    client = OpenAI(api_key=get_settings().openai_api_key)
    rows = [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]
    batch_file = build_jsonl(rows, Path("/tmp/reclassify_batch.jsonl"))
    uploaded = client.files.create(file=batch_file.open("rb"), purpose="batch")
    print(uploaded.id)
    for f in client.files.list(purpose="batch"):
        print(f.id, f.filename, f.bytes)


if __name__ == "__main__":
    main(sys.argv[1])
