#!/usr/bin/env python
"""Backfill document embeddings for claims created before the embed stage existed.

    python -m scripts.backfill_embeddings --since 2024-01-01 --backend openai
"""
from __future__ import annotations

import argparse
import asyncio
import logging

from openai import AsyncOpenAI

from claimsdoc import storage
from claimsdoc.middleware import worker_clients
from claimsdoc.settings import settings

log = logging.getLogger("backfill")

BATCH = 96


def _pending(since: str) -> list[dict]:
    with storage._conn() as conn:
        return conn.execute(
            "select d.id, d.claim_id from documents d left join document_embeddings e on e.document_id = d.id "
            "where e.document_id is null and d.created_at >= %s",
            (since,),
        ).fetchall()


def _text(doc: dict) -> str:
    return storage.read_bytes(f"ocr/{doc['claim_id']}/{doc['id']}.json").decode(errors="replace")[:8000]


async def backfill_openai(docs: list[dict], concurrency: int = 8) -> int:
    client = AsyncOpenAI(api_key=settings.openai_api_key)
    sem = asyncio.Semaphore(concurrency)

    async def one_batch(batch: list[dict]) -> None:
        async with sem:
            resp = await client.embeddings.create(
                model=settings.openai_embedding_model,
                input=[_text(d) for d in batch],
            )
        for d, item in zip(batch, resp.data):
            storage.repo.save_embedding(d["id"], item.embedding, source="openai")

    await asyncio.gather(*(one_batch(docs[i : i + BATCH]) for i in range(0, len(docs), BATCH)))
    await client.close()
    return len(docs)


def backfill_watsonx(docs: list[dict]) -> int:
    emb = worker_clients().granite_embed
    for d in docs:
        vec = emb.embed_query(text=_text(d))
        storage.repo.save_embedding(d["id"], vec, source="watsonx")
    return len(docs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", required=True)
    ap.add_argument("--backend", choices=["openai", "watsonx"], default="openai")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    docs = _pending(args.since)
    log.info("%d documents to backfill", len(docs))
    if args.backend == "openai":
        n = asyncio.run(backfill_openai(docs))
    else:
        n = backfill_watsonx(docs)
    log.info("done: %d", n)


if __name__ == "__main__":
    main()
