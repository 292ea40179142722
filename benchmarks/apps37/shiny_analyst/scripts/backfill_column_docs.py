#!/usr/bin/env python
"""Generate column documentation for the shared sample datasets.

Writes ``docs/columns/<dataset>.json`` with a description and an embedding for
each column, used to seed the semantic column search.

    python scripts/backfill_column_docs.py data/samples/*.csv
"""
from __future__ import annotations

import argparse
import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd

from services import get_openai_client
from services.embeddings import embed_texts
from services.insights import InsightEngine

OUT = Path("docs/columns")


def describe_column(name: str, values: list[str]) -> str:
    client = get_openai_client()
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Write one plain sentence describing a dataset column."},
            {"role": "user", "content": f"Column {name!r}, sample values: {values}"},
        ],
        max_tokens=80,
    )
    return r.choices[0].message.content.strip()


def process(path: Path, workers: int = 4) -> dict:
    df = pd.read_csv(path, nrows=2000)
    samples = {str(c): df[c].dropna().astype(str).head(10).tolist() for c in df.columns}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {c: pool.submit(describe_column, c, v) for c, v in samples.items()}
        descriptions = {c: f.result() for c, f in futures.items()}
    vectors = embed_texts([f"{c}: {d}" for c, d in descriptions.items()])
    anomalies = asyncio.run(InsightEngine().anomaly_notes(df))
    return {
        "dataset": path.stem,
        "columns": [
            {"name": c, "description": d, "embedding": vectors[i].round(5).tolist()}
            for i, (c, d) in enumerate(descriptions.items())
        ],
        "anomalies": anomalies,
    }


def batch_embed_all(paths: list[Path]) -> None:
    """Slower path used when the embedding model changes: re-embed everything."""
    client = get_openai_client()
    for path in paths:
        doc = json.loads((OUT / f"{path.stem}.json").read_text())
        texts = [f"{c['name']}: {c['description']}" for c in doc["columns"]]
        for start in range(0, len(texts), 256):
            chunk = texts[start:start + 256]
            resp = client.embeddings.create(model="text-embedding-3-large", input=chunk)
            for i, d in enumerate(resp.data):
                doc["columns"][start + i]["embedding"] = [round(x, 5) for x in d.embedding]
        (OUT / f"{path.stem}.json").write_text(json.dumps(doc))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--reembed", action="store_true")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.reembed:
        batch_embed_all(args.paths)
        return
    for p in args.paths:
        doc = process(p)
        (OUT / f"{p.stem}.json").write_text(json.dumps(doc, indent=1))
        print(f"wrote {p.stem}: {len(doc['columns'])} columns")


if __name__ == "__main__":
    main()
