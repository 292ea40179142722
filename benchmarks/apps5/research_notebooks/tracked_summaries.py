#!/usr/bin/env python
"""Re-run the chosen summary prompt through the backend's tracked LLM path.

Anything we hand to product (the weekly account digests) must show up on the
FinOps dashboard, so this goes through multi_model_service instead of the raw
SDKs the rest of this repo uses. Needs a checkout of the backend next to this
repo (or BACKEND_SRC pointing at it) and the backend's .env.
"""
import argparse
import asyncio
import logging
import os
import sys
from pathlib import Path

sys.path.insert(0, os.environ.get("BACKEND_SRC", str(Path(__file__).resolve().parent.parent / "backend")))

from app.services.llm_usage_tracker import llm_tracker  # noqa: E402
from app.services.multi_model_service import TaskComplexity, multi_model_service  # noqa: E402

import config  # noqa: E402
import prompts  # noqa: E402
from clients import async_openai_client  # noqa: E402
from helpers import load_frame, setup_logging, truncate  # noqa: E402

logger = logging.getLogger("tracked_summaries")


async def summarise_tracked(conversation):
    return await multi_model_service.generate_response(
        prompt=prompts.SUMMARY_USER.format(conversation=truncate(conversation)),
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )


async def summarise_openai_legacy(conversation):
    """The v3 digests were tuned on gpt-4o-mini directly; keep them comparable."""
    async with llm_tracker.track_llm_call(
        provider="openai",
        model=config.OPENAI_CHAT_MODEL,
        feature_context="research_digest_backfill",
    ) as usage_log:
        response = await async_openai_client.chat.completions.create(
            model=config.OPENAI_CHAT_MODEL,
            messages=prompts.summary_messages(truncate(conversation)),
            temperature=0,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content


async def run(df, legacy, concurrency):
    sem = asyncio.Semaphore(concurrency)
    fn = summarise_openai_legacy if legacy else summarise_tracked

    async def one(conv):
        async with sem:
            return await fn(conv)

    return await asyncio.gather(*(one(c) for c in df["conversation"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dataset", default="digest_conversations")
    ap.add_argument("--legacy", action="store_true", help="gpt-4o-mini path used for the v3 digests")
    ap.add_argument("--concurrency", type=int, default=4)
    args = ap.parse_args()
    setup_logging()

    df = load_frame(args.dataset)
    df["summary"] = asyncio.run(run(df, args.legacy, args.concurrency))
    out = config.OUTPUT_DIR / f"{args.dataset}_tracked.parquet"
    df.to_parquet(out, index=False)
    logger.info("wrote %d summaries to %s", len(df), out)


if __name__ == "__main__":
    main()
