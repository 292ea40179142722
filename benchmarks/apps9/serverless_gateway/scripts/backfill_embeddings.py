"""One-off: re-embed the docs corpus after switching to bge-large.

    modal run scripts/backfill_embeddings.py --src s3://platform-ml-rag/docs.jsonl
"""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from typing import Dict, Iterator, List

import boto3

from gateway.app import ALL_SECRETS, app, image
from gateway.providers.clients import together_client

MODEL = "BAAI/bge-large-en-v1.5"
CHUNK = 128


def _chunks(rows: List[Dict], size: int) -> Iterator[List[Dict]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


@app.function(image=image, secrets=ALL_SECRETS, timeout=6 * 3600)
def backfill(src: str, dst: str) -> int:
    s3 = boto3.client("s3")
    bucket, _, key = src.removeprefix("s3://").partition("/")
    body = s3.get_object(Bucket=bucket, Key=key)["Body"].read().decode()
    rows = [json.loads(line) for line in body.splitlines() if line.strip()]

    client = together_client()

    def embed_chunk(chunk: List[Dict]) -> List[Dict]:
        resp = client.embeddings.create(model=MODEL, input=[r["text"] for r in chunk])
        return [{"id": r["id"], "embedding": d.embedding} for r, d in zip(chunk, resp.data)]

    out: List[Dict] = []
    with ThreadPoolExecutor(max_workers=8) as ex:
        for embedded in ex.map(embed_chunk, _chunks(rows, CHUNK)):
            out.extend(embedded)

    dst_bucket, _, dst_key = dst.removeprefix("s3://").partition("/")
    s3.put_object(Bucket=dst_bucket, Key=dst_key, Body="\n".join(json.dumps(r) for r in out).encode())
    return len(out)


@app.local_entrypoint()
def main(src: str, dst: str = "s3://platform-ml-rag/docs.bge-large.jsonl"):
    n = backfill.remote(src, dst)
    print(f"embedded {n} documents -> {dst}")
