#!/usr/bin/env python
"""Re-embed every document in the bucket (run after changing EMBEDDING_MODEL).

    AWS_PROFILE=llm-prod python scripts/backfill_embeddings.py --prefix uploads/ --dry-run
"""
import argparse
import json
import os
import sys

import boto3
from openai import OpenAI

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from chalicelib.utils import chunked  # noqa: E402


def iter_keys(s3, bucket, prefix):
    paginator = s3.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=bucket, Prefix=prefix):
        for obj in page.get("Contents", []):
            yield obj["Key"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bucket", default=os.environ.get("DOCUMENTS_BUCKET"))
    parser.add_argument("--prefix", default="uploads/")
    parser.add_argument("--model", default="text-embedding-3-small")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()

    s3 = boto3.client("s3")
    client = OpenAI()
    keys = list(iter_keys(s3, args.bucket, args.prefix))
    print(f"{len(keys)} documents under s3://{args.bucket}/{args.prefix}")
    if args.dry_run:
        return
    for batch in chunked(keys, 50):
        texts = [
            s3.get_object(Bucket=args.bucket, Key=k)["Body"].read().decode("utf-8", "replace")[:8000]
            for k in batch
        ]
        resp = client.embeddings.create(model=args.model, input=texts)
        for key, item in zip(batch, resp.data):
            out_key = key.replace("uploads/", "embeddings/") + ".json"
            s3.put_object(Bucket=args.bucket, Key=out_key, Body=json.dumps(item.embedding))
        print(f"embedded {len(batch)} docs ({resp.usage.total_tokens} tokens)")


if __name__ == "__main__":
    main()
