#!/usr/bin/env python
"""Re-embed every chunk of a tenant after an embedding model change.

Reads chunk payloads straight from Qdrant (the source of truth for chunk text), embeds
them with the configured Voyage model and writes them to a new collection.

    python scripts/backfill_embeddings.py --tenant acme --target docqa_chunks_v35
"""
from __future__ import annotations

import argparse
import logging
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Dict, List, Tuple

from qdrant_client import QdrantClient, models

from docqa.adapters.clients import get_voyage_client
from docqa.config import configure_logging, get_settings
from docqa.utils import batched

logger = logging.getLogger("backfill")

BATCH = 128


def scroll_tenant(qdrant: QdrantClient, collection: str, tenant: str) -> List[models.Record]:
    records: List[models.Record] = []
    offset = None
    while True:
        page, offset = qdrant.scroll(
            collection_name=collection,
            scroll_filter=models.Filter(
                must=[models.FieldCondition(key="tenant_id", match=models.MatchValue(value=tenant))]
            ),
            limit=512,
            offset=offset,
            with_payload=True,
            with_vectors=False,
        )
        records.extend(page)
        if offset is None:
            return records


def embedding_text(payload: Dict) -> str:
    ctx = payload.get("context")
    return f"{ctx}\n\n{payload['text']}" if ctx else payload["text"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tenant", required=True)
    parser.add_argument("--target", required=True)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    s = get_settings()
    configure_logging(s.log_level)
    model = args.model or s.embedding_model
    qdrant = QdrantClient(url=s.qdrant_url, api_key=s.qdrant_api_key.get_secret_value() if s.qdrant_api_key else None)
    voyage = get_voyage_client()

    if not qdrant.collection_exists(args.target):
        qdrant.create_collection(
            collection_name=args.target,
            vectors_config=models.VectorParams(size=s.embedding_dim, distance=models.Distance.COSINE),
        )

    records = scroll_tenant(qdrant, s.qdrant_collection, args.tenant)
    logger.info("tenant %s: %d chunks to re-embed with %s", args.tenant, len(records), model)

    done = 0
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = {}
        for batch in batched(records, BATCH):
            fut = pool.submit(
                voyage.embed,
                [embedding_text(r.payload) for r in batch],
                model=model,
                input_type="document",
                output_dimension=s.embedding_dim,
            )
            futures[fut] = batch
        pending_writes: List[Tuple[List[models.Record], List[List[float]]]] = []
        for fut in as_completed(futures):
            batch = futures[fut]
            pending_writes.append((batch, fut.result().embeddings))
        writes = [
            pool.submit(
                qdrant.upsert,
                collection_name=args.target,
                points=[models.PointStruct(id=r.id, vector=v, payload=r.payload) for r, v in zip(b, vecs)],
            )
            for b, vecs in pending_writes
        ]
        for w in as_completed(writes):
            w.result()
            done += 1
    logger.info("wrote %d batches to %s", done, args.target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
