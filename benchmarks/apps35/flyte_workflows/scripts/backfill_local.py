#!/usr/bin/env python
"""Embed a parquet file locally without Flyte (for debugging a shard)."""
import argparse
import json
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from labelling_flows import llm  # noqa: E402
from labelling_flows.config import OPENAI_EMBED_MODEL  # noqa: E402
from labelling_flows.utils.batching import chunked  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("parquet")
    ap.add_argument("--out", default="vectors.jsonl")
    ap.add_argument("--limit", type=int, default=1000)
    args = ap.parse_args()

    df = pd.read_parquet(args.parquet).head(args.limit)
    client = llm.get_openai_client()
    with open(args.out, "w") as fh:
        for batch in chunked(df.to_dict(orient="records"), 100):
            resp = client.embeddings.create(model=OPENAI_EMBED_MODEL, input=[r["text"] for r in batch])
            for row, item in zip(batch, resp.data):
                fh.write(json.dumps({"chunk_id": row["chunk_id"], "vector": item.embedding}) + "\n")
    print(f"wrote {len(df)} vectors to {args.out}")


if __name__ == "__main__":
    main()
