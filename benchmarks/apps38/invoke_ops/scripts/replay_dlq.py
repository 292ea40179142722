#!/usr/bin/env python
"""Replay messages from the ops dead-letter queue.

    python scripts/replay_dlq.py --limit 20 [--explain]

With --explain we ask a model to explain each stored traceback before
replaying, which is handy during an outage of one vendor.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys

from kombu import Connection, Exchange, Producer

from opslib.config import load_settings
from opslib.clients import get_xai
from opslib.llm_usage_tracker import llm_tracker

DLQ = "ops.dead_letter"


async def explain(tb: str, model: str) -> str:
    client = get_xai()
    async with llm_tracker.track_llm_call(provider="xai", model=model, feature_context="dlq_explain") as usage_log:
        resp = client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": f"Explain briefly why this job failed:\n{tb[-4000:]}"}],
            max_tokens=200,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()

    settings = load_settings()
    replayed = 0
    with Connection(settings.broker_url) as conn:
        queue = conn.SimpleQueue(DLQ)
        producer = Producer(conn.channel(), exchange=Exchange(settings.exchange, type="direct"))
        while replayed < args.limit:
            try:
                message = queue.get(block=True, timeout=2)
            except queue.Empty:
                break
            payload = message.payload
            key = payload.get("routing_key", "ops.unknown")
            if args.explain and payload.get("traceback"):
                print(f"[{key}] {asyncio.run(explain(payload['traceback'], settings.xai_model))}")
            if args.dry_run:
                print(json.dumps(payload)[:200])
                message.requeue()
            else:
                producer.publish(payload["body"], routing_key=key, serializer="json")
                message.ack()
            replayed += 1
        queue.close()
    print(f"replayed {replayed} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
