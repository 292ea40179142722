"""Nightly: tag the day's #help questions in bulk via the Groq Batch API (50% cheaper
than doing it inline). Results are collected by the next run.

    python -m jobs.batch_tag submit
    python -m jobs.batch_tag collect
"""
from __future__ import annotations

import io
import json
import logging
import sys
from typing import List

import redis

from shared.clients import get_groq_sync
from shared.config import FAST_GROQ_MODEL, get_settings
from shared.logging_setup import configure_logging

log = logging.getLogger("jobs.batch_tag")

QUEUE_KEY = "tagqueue:help"
BATCH_KEY = "tagqueue:help:batches"
TAGS = ("install", "config", "bug", "how-to", "feature-request", "other")


def _build_jsonl(items: List[dict]) -> bytes:
    lines = []
    for item in items:
        lines.append(
            json.dumps(
                {
                    "custom_id": item["id"],
                    "method": "POST",
                    "url": "/v1/chat/completions",
                    "body": {
                        "model": FAST_GROQ_MODEL,
                        "messages": [
                            {"role": "system", "content": "Reply with exactly one tag: " + ", ".join(TAGS)},
                            {"role": "user", "content": item["text"][:4000]},
                        ],
                        "max_tokens": 5,
                        "temperature": 0,
                    },
                }
            )
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def submit(r: redis.Redis) -> None:
    raw = r.lrange(QUEUE_KEY, 0, 4999)
    if not raw:
        log.info("nothing to tag")
        return
    items = [json.loads(x) for x in raw]
    client = get_groq_sync()
    upload = client.files.create(file=("help.jsonl", io.BytesIO(_build_jsonl(items))), purpose="batch")
    batch = client.batches.create(
        input_file_id=upload.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"job": "help-tagging"},
    )
    r.rpush(BATCH_KEY, batch.id)
    r.ltrim(QUEUE_KEY, len(raw), -1)
    log.info("submitted batch %s with %d items", batch.id, len(items))


def collect(r: redis.Redis) -> None:
    client = get_groq_sync()
    for batch_id in r.lrange(BATCH_KEY, 0, -1):
        batch = client.batches.retrieve(batch_id)
        if batch.status != "completed":
            log.info("batch %s is %s", batch_id, batch.status)
            continue
        content = client.files.content(batch.output_file_id).text()
        counts = {}
        for line in content.splitlines():
            row = json.loads(line)
            tag = row["response"]["body"]["choices"][0]["message"]["content"].strip().lower()
            tag = tag if tag in TAGS else "other"
            counts[tag] = counts.get(tag, 0) + 1
        for tag, n in counts.items():
            r.hincrby("tags:help", tag, n)
        r.lrem(BATCH_KEY, 1, batch_id)


def main(argv=None) -> int:
    configure_logging("jobs")
    argv = argv if argv is not None else sys.argv[1:]
    r = redis.Redis.from_url(get_settings().redis_url, decode_responses=True)
    if argv[:1] == ["submit"]:
        submit(r)
    elif argv[:1] == ["collect"]:
        collect(r)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
