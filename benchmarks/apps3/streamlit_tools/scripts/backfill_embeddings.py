"""Backfill review embeddings to S3 for the BI team's similarity search.

Usage: python scripts/backfill_embeddings.py reviews.jsonl --provider mistral
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
import time
from pathlib import Path
from typing import Iterator

import boto3
import cohere
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from toolkit.clients import get_mistral  # noqa: E402
from toolkit.config import settings  # noqa: E402

logger = logging.getLogger("backfill_embeddings")

BUCKET = "mkt-analytics-embeddings"
BATCH = 96

co = cohere.ClientV2(api_key=settings.cohere_api_key)
s3 = boto3.client("s3")


def read_batches(path: Path, size: int = BATCH) -> Iterator[list[dict]]:
    batch: list[dict] = []
    with path.open() as fh:
        for line in fh:
            batch.append(json.loads(line))
            if len(batch) == size:
                yield batch
                batch = []
    if batch:
        yield batch


def embed_mistral(texts: list[str]) -> np.ndarray:
    response = get_mistral().embeddings.create(model="mistral-embed", inputs=texts)
    return np.asarray([d.embedding for d in response.data], dtype=np.float32)


def embed_cohere(texts: list[str]) -> np.ndarray:
    response = co.embed(
        texts=texts,
        model="embed-english-v3.0",
        input_type="search_document",
        embedding_types=["float"],
    )
    return np.asarray(response.embeddings.float_, dtype=np.float32)


EMBEDDERS = {"mistral": embed_mistral, "cohere": embed_cohere}


def upload(key: str, ids: list[str], vectors: np.ndarray) -> None:
    buf = io.BytesIO()
    np.savez_compressed(buf, ids=np.asarray(ids), vectors=vectors)
    s3.put_object(Bucket=BUCKET, Key=key, Body=buf.getvalue(), ContentType="application/octet-stream")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", type=Path)
    parser.add_argument("--provider", choices=sorted(EMBEDDERS), default="mistral")
    parser.add_argument("--prefix", default="reviews")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    embedder = EMBEDDERS[args.provider]
    for n, batch in enumerate(read_batches(args.source)):
        texts = [row["text"] for row in batch]
        for attempt in range(3):
            try:
                vectors = embedder(texts)
                break
            except Exception:
                logger.warning("batch %d attempt %d failed", n, attempt + 1, exc_info=True)
                time.sleep(2 ** attempt)
        else:
            logger.error("giving up on batch %d", n)
            continue
        upload(f"{args.prefix}/{args.provider}/part-{n:05d}.npz", [row["id"] for row in batch], vectors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
