#!/usr/bin/env python
"""Backfill thread summaries + sender research for the last N days.

Usage: python scripts/backfill_summaries.py --days 30 [--provider google|anthropic]
"""
from __future__ import annotations

import argparse
import asyncio
import logging
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

from assistant.llm import default_router, get_gemini_client
from assistant.parsing import parse_message
from assistant.pipeline.research import research_many
from assistant.pipeline.summarise import ThreadSummariser
from assistant.services.llm_usage_tracker import llm_tracker
from assistant.storage import get_store

log = logging.getLogger("backfill")


def summarise_with_router(thread_text: str, provider: str) -> str:
    result = default_router.complete(
        [{"role": "system", "content": "Summarise this email thread."}, {"role": "user", "content": thread_text}],
        provider=provider,
    )
    return result.text


async def tracked_gemini_summary(thread_text: str, model: str = "gemini-2.0-flash") -> str:
    client = get_gemini_client()
    async with llm_tracker.track_llm_call(provider="google", model=model, feature_context="backfill") as usage_log:
        resp = await client.aio.models.generate_content(model=model, contents=thread_text)
        usage_log.input_tokens = resp.usage_metadata.prompt_token_count or 0
        usage_log.output_tokens = resp.usage_metadata.candidates_token_count or 0
    return resp.text or ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--provider", default="google")
    ap.add_argument("--tracked", action="store_true")
    ap.add_argument("--workers", type=int, default=4)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)

    store = get_store()
    threads: dict[str, list[dict]] = defaultdict(list)
    domains: set[str] = set()
    for row in store._conn.execute("SELECT raw FROM messages WHERE received_at >= date('now', ?)", (f"-{args.days} days",)):
        pm = parse_message(row["raw"])
        threads[pm.thread_id].append({"from": pm.sender, "date": pm.date, "subject": pm.subject, "body": pm.body})
        domains.add(pm.sender_domain)
    log.info("%d threads, %d domains", len(threads), len(domains))

    summariser = ThreadSummariser()
    if args.tracked:
        texts = ["\n\n".join(m["body"] for m in t) for t in threads.values()]
        results = asyncio.run(_gather([tracked_gemini_summary(t) for t in texts]))
    elif args.provider == "google":
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            results = list(pool.map(summariser.summarise, threads.values()))
    else:
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            futs = [pool.submit(summarise_with_router, "\n\n".join(m["body"] for m in t), args.provider)
                    for t in threads.values()]
            results = [f.result() for f in futs]
    for tid, summary in zip(threads, results):
        print(f"== {tid}\n{summary}\n")

    info = research_many(sorted(domains))
    log.info("researched %d new domains", len(info))


async def _gather(coros):
    return await asyncio.gather(*coros)


if __name__ == "__main__":
    main()
