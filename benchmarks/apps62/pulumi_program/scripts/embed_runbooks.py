#!/usr/bin/env python
"""Index runbooks from the docs bucket into the search table."""
from __future__ import annotations

import json
import os

import boto3

from infra_ai.embeddings import embed
from infra_ai.clients import get_genai

BUCKET = os.getenv("DOCS_BUCKET", "platform-docs-prod")


def load_runbooks(s3) -> dict[str, str]:
    docs = {}
    paginator = s3.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=BUCKET, Prefix="runbooks/"):
        for obj in page.get("Contents", []):
            docs[obj["Key"]] = s3.get_object(Bucket=BUCKET, Key=obj["Key"])["Body"].read().decode()
    return docs


def upload_attachments(paths: list[str]) -> list[str]:
    """Large PDFs go to the Gemini Files API so the docs bot can reference them."""
    client = get_genai()
    return [client.files.upload(file=p).name for p in paths]


def main() -> None:
    s3 = boto3.client("s3")
    runbooks = load_runbooks(s3)
    keys = sorted(runbooks)
    vectors = embed([runbooks[k] for k in keys], provider=os.getenv("EMBED_PROVIDER", "openai"))
    table = boto3.resource("dynamodb").Table(os.getenv("SEARCH_TABLE", "runbook-search"))
    with table.batch_writer() as batch:
        for key, vec in zip(keys, vectors):
            batch.put_item(Item={"pk": key, "vector": json.dumps(vec)})
    pdfs = [p for p in os.getenv("RUNBOOK_PDFS", "").split(",") if p]
    if pdfs:
        print(upload_attachments(pdfs))


if __name__ == "__main__":
    main()
