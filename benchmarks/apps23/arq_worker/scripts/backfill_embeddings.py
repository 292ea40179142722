#!/usr/bin/env python
"""Backfill voyage embeddings for a tenant without going through the queue.

    python scripts/backfill_embeddings.py --tenant acme --batch 128 [--dry-run]
"""
from __future__ import annotations

import argparse
import asyncio
import sys

import asyncpg

from docintel.config import get_settings
from docintel.providers import make_voyage_client
from docintel.services.chunking import chunk_pages


async def main(tenant: str, batch_size: int, dry_run: bool) -> int:
    settings = get_settings()
    vo = make_voyage_client(settings)
    pool = await asyncpg.create_pool(settings.database_url)
    docs = await pool.fetch(
        "SELECT id, pages FROM documents WHERE tenant_id = $1 AND status = 'indexed'", tenant
    )
    total_tokens = 0
    for doc in docs:
        chunks = chunk_pages(list(doc["pages"] or []))
        texts = [c.text for c in chunks]
        if dry_run:
            total_tokens += vo.count_tokens(texts, model=settings.voyage_embed_model)
            continue
        vectors: list[list[float]] = []
        for start in range(0, len(texts), batch_size):
            result = await vo.embed(
                texts[start : start + batch_size],
                model=settings.voyage_embed_model,
                input_type="document",
            )
            vectors.extend(result.embeddings)
            total_tokens += result.total_tokens
        async with pool.acquire() as conn:
            await conn.execute("DELETE FROM chunks WHERE document_id = $1", doc["id"])
            await conn.executemany(
                "INSERT INTO chunks (document_id, idx, page, text, token_count, embedding, model) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                [
                    (doc["id"], c.index, c.page, c.text, c.token_count, v, settings.voyage_embed_model)
                    for c, v in zip(chunks, vectors)
                ],
            )
        print(f"{doc['id']}: {len(vectors)} chunks", file=sys.stderr)
    print(f"documents={len(docs)} tokens={total_tokens} dry_run={dry_run}")
    await pool.close()
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--tenant", required=True)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    raise SystemExit(asyncio.run(main(args.tenant, args.batch, args.dry_run)))
