#!/usr/bin/env python
"""One-off backfill: re-embed every chunk of a collection.

    python scripts/backfill_embeddings.py --collection policies --backend voyage
    python scripts/backfill_embeddings.py --collection ap_faq --backend openai --dry-run

Runs outside Temporal on purpose (it's a one-off and we want to watch it).
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
from concurrent.futures import ThreadPoolExecutor, as_completed
from functools import partial
from typing import Dict, List, Tuple

import voyageai

from backoffice.clients.llm import get_openai
from backoffice.logging_setup import configure_logging
from backoffice.services.persistence import ChunkRepository, get_pool
from backoffice.utils import batched

log = logging.getLogger("backfill")
PAGE = 2000


async def load_page(collection: str, offset: int) -> List[Tuple[str, int, str]]:
    pool = await get_pool()
    rows = await pool.fetch(
        "SELECT c.document_id, c.idx, c.text FROM kb.chunks c JOIN kb.documents d USING (document_id) "
        "WHERE d.collection = $1 ORDER BY c.document_id, c.idx OFFSET $2 LIMIT $3",
        collection,
        offset,
        PAGE,
    )
    return [(r["document_id"], r["idx"], r["text"]) for r in rows]


def embed_voyage(rows: List[Tuple[str, int, str]], workers: int) -> Dict[Tuple[str, int], List[float]]:
    vo = voyageai.Client(api_key=os.environ["VOYAGE_API_KEY"])
    out: Dict[Tuple[str, int], List[float]] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {}
        for batch in batched(rows, 128):
            fut = pool.submit(vo.embed, [r[2] for r in batch], model="voyage-3", input_type="document")
            futures[fut] = batch
        for fut in as_completed(futures):
            batch = futures[fut]
            for row, vec in zip(batch, fut.result().embeddings):
                out[(row[0], row[1])] = vec
    return out


def embed_openai(rows: List[Tuple[str, int, str]]) -> Dict[Tuple[str, int], List[float]]:
    openai_client = get_openai()
    embed_fn = partial(openai_client.embeddings.create, model="text-embedding-3-small", dimensions=1024)
    out: Dict[Tuple[str, int], List[float]] = {}
    for batch in batched(rows, 512):
        resp = embed_fn(input=[r[2] for r in batch])
        for row, item in zip(batch, resp.data):
            out[(row[0], row[1])] = item.embedding
    return out


async def main_async(args: argparse.Namespace) -> None:
    repo = ChunkRepository()
    offset = 0
    total = 0
    while True:
        rows = await load_page(args.collection, offset)
        if not rows:
            break
        if args.backend == "voyage":
            vectors = await asyncio.to_thread(embed_voyage, rows, args.workers)
        else:
            vectors = await asyncio.to_thread(embed_openai, rows)
        if not args.dry_run:
            await repo.upsert_many(
                [
                    {"document_id": doc_id, "index": idx, "text": text, "embedding": vectors[(doc_id, idx)]}
                    for doc_id, idx, text in rows
                ]
            )
        total += len(rows)
        offset += PAGE
        log.info("backfilled %d chunks", total)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--collection", required=True)
    parser.add_argument("--backend", choices=["voyage", "openai"], default="voyage")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    configure_logging("INFO", json_output=False)
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
