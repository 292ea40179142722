#!/usr/bin/env python
"""Re-embed every chunk with a new model. Run after changing KB_EMBEDDING_MODEL.

    python -m scripts.backfill_embeddings --model text-embedding-3-large --dims 1536
"""
from __future__ import annotations

import argparse
import asyncio
import logging

from openai import OpenAI
from sqlalchemy import select, update

from kb_api.db import ChunkRow, SessionLocal

log = logging.getLogger("backfill")


def embed_batch(client: OpenAI, model: str, texts: list[str], dims: int | None) -> list[list[float]]:
    kwargs = {"dimensions": dims} if dims else {}
    resp = client.embeddings.create(model=model, input=texts, **kwargs)
    return [d.embedding for d in resp.data]


async def main(model: str, dims: int | None, batch: int, dry_run: bool) -> None:
    client = OpenAI()  # reads OPENAI_API_KEY; this script runs outside the app
    async with SessionLocal() as session:
        rows = (await session.execute(select(ChunkRow.id, ChunkRow.text))).all()
        log.info("%d chunks to re-embed with %s", len(rows), model)
        if dry_run:
            return
        for i in range(0, len(rows), batch):
            part = rows[i : i + batch]
            vectors = await asyncio.to_thread(embed_batch, client, model, [r.text for r in part], dims)
            for (chunk_id, _), vec in zip(part, vectors):
                await session.execute(update(ChunkRow).where(ChunkRow.id == chunk_id).values(embedding=vec))
            await session.commit()
            log.info("%d/%d", min(i + batch, len(rows)), len(rows))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="text-embedding-3-small")
    ap.add_argument("--dims", type=int, default=None)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    asyncio.run(main(a.model, a.dims, a.batch, a.dry_run))
