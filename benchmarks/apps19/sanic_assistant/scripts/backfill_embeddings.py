#!/usr/bin/env python
"""Backfill OpenAI vectors for KB articles (legacy index).

    python -m scripts.backfill_embeddings --tenant acme --batch 64
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging

from redis import asyncio as aioredis

from assistant.clients import get_sync_openai
from assistant.config import settings

log = logging.getLogger("backfill")


async def backfill(tenant: str, batch_size: int, dry_run: bool) -> int:
    redis = aioredis.from_url(settings.redis_url)
    client = get_sync_openai()
    keys = [k async for k in redis.scan_iter(f"kb_src:{tenant}:*")]
    done = 0
    for i in range(0, len(keys), batch_size):
        chunk = keys[i : i + batch_size]
        texts = [(await redis.get(k)).decode()[:8000] for k in chunk]
        if dry_run:
            log.info("would embed %d docs", len(texts))
            continue
        # sync client in a thread: this script predates AsyncOpenAI in the codebase
        resp = await asyncio.to_thread(
            client.embeddings.create,
            model=settings.openai_embedding_model,
            input=texts,
        )
        pipe = redis.pipeline()
        for key, item in zip(chunk, resp.data):
            pipe.set(key.decode().replace("kb_src:", "kb_vec:"), json.dumps(item.embedding))
        await pipe.execute()
        done += len(chunk)
        log.info("%d/%d", done, len(keys))
    await redis.aclose()
    return done


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tenant", required=True)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    n = asyncio.run(backfill(args.tenant, args.batch, args.dry_run))
    print(f"embedded {n} documents")


if __name__ == "__main__":
    main()
