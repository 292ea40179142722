#!/usr/bin/env python
"""One-off: embed the exported Slack archive (JSONL) into the Redis vector keys.

    python scripts/backfill_embeddings.py export/engineering.jsonl --channel C024BE91L
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from redis import Redis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.config import get_settings  # noqa: E402
from assistant.llm.clients import openai_client  # noqa: E402

log = logging.getLogger("backfill")
BATCH = 512


def read_messages(path: Path):
    with path.open() as fh:
        for line in fh:
            msg = json.loads(line)
            if msg.get("text") and not msg.get("bot_id"):
                yield msg


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("export", type=Path)
    parser.add_argument("--channel", required=True)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    settings = get_settings()
    client = openai_client()
    redis = Redis.from_url(settings.redis_url)
    messages = list(read_messages(args.export))
    batches = [messages[i:i + BATCH] for i in range(0, len(messages), BATCH)]
    log.info("%d messages in %d batches", len(messages), len(batches))

    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = [
            (
                batch,
                pool.submit(
                    client.embeddings.create,
                    model=settings.models.embedding_model,
                    input=[m["text"][:8000] for m in batch],
                ),
            )
            for batch in batches
        ]
        done = 0
        for batch, fut in futures:
            resp = fut.result()
            pipe = redis.pipeline()
            for msg, item in zip(batch, resp.data):
                pipe.hset(
                    f"otto:vec:{args.channel}:{msg['ts']}",
                    mapping={"text": msg["text"], "vec": json.dumps(item.embedding)},
                )
            pipe.execute()
            done += len(batch)
            log.info("%d/%d", done, len(messages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
