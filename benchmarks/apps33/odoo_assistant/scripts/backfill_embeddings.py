#!/usr/bin/env python3
"""Backfill product embeddings for semantic search.

Run through odoo shell:
    odoo-bin shell -d prod --no-http < scripts/backfill_embeddings.py
or standalone with --from-csv for the staging dump.
"""
import argparse
import csv
import json
import os
import sys

from openai import OpenAI

BATCH = 96


def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def embed_csv(path, out_path, model="text-embedding-3-small"):
    client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    with open(out_path, "w", encoding="utf-8") as out:
        for batch in chunks(rows, BATCH):
            resp = client.embeddings.create(model=model, input=[r["name"] + "\n" + r.get("description", "") for r in batch])
            for row, item in zip(batch, resp.data):
                out.write(json.dumps({"id": row["id"], "embedding": item.embedding}) + "\n")
    print("wrote %s" % out_path)


def upload_for_batch(out_path):
    """Upload the JSONL so the nightly Batch job can pick it up (not billed)."""
    client = OpenAI()
    with open(out_path, "rb") as fh:
        uploaded = client.files.create(file=fh, purpose="batch")
    print(uploaded.id)


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--from-csv")
    parser.add_argument("--out", default="embeddings.jsonl")
    parser.add_argument("--upload", action="store_true")
    args = parser.parse_args(argv)
    if args.from_csv:
        embed_csv(args.from_csv, args.out)
        if args.upload:
            upload_for_batch(args.out)
        return 0
    env = globals().get("env")  # injected by odoo shell
    if env is None:
        print("run inside odoo shell or pass --from-csv", file=sys.stderr)
        return 1
    products = env["product.template"].search([("ai_embedding", "=", False), ("sale_ok", "=", True)])
    for batch in chunks(products, BATCH):
        batch.action_compute_embedding()
        env.cr.commit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
