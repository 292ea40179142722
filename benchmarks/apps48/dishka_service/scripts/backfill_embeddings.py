#!/usr/bin/env python
"""Re-embed every chunk with the current voyage model.

Usage: python scripts/backfill_embeddings.py --model voyage-3 --batch 64
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
import time

import voyageai
from sqlalchemy import text

from app.ioc import build_container
from sqlalchemy.ext.asyncio import AsyncEngine

log = logging.getLogger("backfill")


async def backfill(model: str, batch: int, dry_run: bool) -> None:
    vo = voyageai.Client(api_key=os.environ["VOYAGE_API_KEY"])
    container = build_container()
    engine = await container.get(AsyncEngine)
    try:
        async with engine.begin() as conn:
            rows = (await conn.execute(text("SELECT id, body FROM chunks ORDER BY id"))).all()
        log.info("%d chunks to re-embed", len(rows))
        for start in range(0, len(rows), batch):
            part = rows[start : start + batch]
            if dry_run:
                log.info("would embed %d chunks (%d tokens)", len(part), vo.count_tokens([r.body for r in part], model=model))
                continue
            result = vo.embed([r.body for r in part], model=model, input_type="document")
            async with engine.begin() as conn:
                for row, vec in zip(part, result.embeddings):
                    await conn.execute(
                        text("UPDATE chunks SET embedding = :v WHERE id = :id"), {"v": str(vec), "id": row.id}
                    )
            log.info("embedded %d/%d (%d tokens)", start + len(part), len(rows), result.total_tokens)
            time.sleep(0.5)
    finally:
        await container.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    p = argparse.ArgumentParser()
    p.add_argument("--model", default="voyage-3")
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--dry-run", action="store_true")
    a = p.parse_args()
    asyncio.run(backfill(a.model, a.batch, a.dry_run))
