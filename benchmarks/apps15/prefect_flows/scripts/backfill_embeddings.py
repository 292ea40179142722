#!/usr/bin/env python
"""One-off / weekly backfill of listing embeddings into parquet on S3.

Used by the recommendations team for offline experiments. Runs from cron on Sundays:
    0 5 * * 0  cd /opt/marketplace-flows && venv/bin/python scripts/backfill_embeddings.py --engine cohere
"""
import argparse
import io
import os
import sys

import boto3
import cohere
import ollama
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from lib.textutils import batched  # noqa: E402
from lib.warehouse import connect  # noqa: E402

BUCKET = os.environ.get("EXPORT_BUCKET", "mkt-data-exports")


def load_texts(category, limit):
    with connect() as conn:
        rows = conn.execute(
            "select id, title || E'\\n' || coalesce(description, '') as text from catalogue.listings"
            " where status = 'active' and (%s::text is null or category = %s) order by id limit %s",
            (category, category, limit),
        ).fetchall()
    return [r["id"] for r in rows], [r["text"][:4000] for r in rows]


def embed_cohere(texts):
    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    vectors = []
    for batch in batched(texts, 96):
        resp = co.embed(
            texts=batch,
            model="embed-english-v3.0",
            input_type="clustering",
            embedding_types=["float"],
        )
        vectors.extend(resp.embeddings.float_)
        print(f"  {len(vectors)}/{len(texts)}", end="\r", flush=True)
    return vectors


def embed_local(texts):
    vectors = []
    for batch in batched(texts, 64):
        resp = ollama.embed(model="nomic-embed-text", input=["clustering: " + t for t in batch])
        vectors.extend(resp["embeddings"])
    return vectors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--engine", choices=["cohere", "local"], default="local")
    ap.add_argument("--category")
    ap.add_argument("--limit", type=int, default=500_000)
    args = ap.parse_args()

    ids, texts = load_texts(args.category, args.limit)
    print(f"embedding {len(texts)} listings with {args.engine}")
    vectors = embed_cohere(texts) if args.engine == "cohere" else embed_local(texts)

    table = pa.table({"listing_id": ids, "embedding": vectors})
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd")
    key = f"recs/embeddings/{args.engine}/{args.category or 'all'}.parquet"
    boto3.client("s3").upload_fileobj(io.BytesIO(buf.getvalue()), BUCKET, key)
    print(f"\nwrote s3://{BUCKET}/{key}")


if __name__ == "__main__":
    main()
