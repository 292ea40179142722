#!/usr/bin/env python
"""Runs a small slice of the click + chat pipeline on a local MiniCluster.

Useful for eyeballing prompts before a deploy:

    python scripts/local_pipeline.py --clicks fixtures/clicks.jsonl --chats fixtures/chat.jsonl
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys

from pyflink.common import Types
from pyflink.datastream import StreamExecutionEnvironment

from config.settings import MODELS
from enrichment import bedrock_client, openai_client
from enrichment.prompts import CHAT_SUMMARY_SYSTEM, CLICK_INTENT_SYSTEM, render_click, render_transcript
from functions.click_enrichment import ClickIntentMap
from tracking import llm_tracker

logger = logging.getLogger("local_pipeline")


async def summarize_tracked(messages: list[dict]) -> str:
    async with llm_tracker.track_llm_call(
        provider="bedrock", model=MODELS.bedrock_model, feature_context="local_pipeline_summary"
    ) as usage_log:
        resp = bedrock_client().converse(
            modelId=MODELS.bedrock_model,
            system=[{"text": CHAT_SUMMARY_SYSTEM}],
            messages=[{"role": "user", "content": [{"text": render_transcript(messages)}]}],
            inferenceConfig={"maxTokens": 300},
        )
        usage_log.input_tokens = resp["usage"]["inputTokens"]
        usage_log.output_tokens = resp["usage"]["outputTokens"]
    return resp["output"]["message"]["content"][0]["text"]


async def label_many(events: list[dict]) -> list[str]:
    client = openai_client()
    tasks = [
        asyncio.to_thread(
            client.chat.completions.create,
            model=MODELS.classify_model,
            messages=[
                {"role": "system", "content": CLICK_INTENT_SYSTEM},
                {"role": "user", "content": render_click(e)},
            ],
            max_tokens=8,
        )
        for e in events
    ]
    results = await asyncio.gather(*tasks)
    return [(r.choices[0].message.content or "").strip() for r in results]


def run_flink(clicks: list[str]) -> None:
    env = StreamExecutionEnvironment.get_execution_environment()
    env.set_parallelism(1)
    ds = env.from_collection(clicks, type_info=Types.STRING())
    ds.map(ClickIntentMap(hourly_budget_usd=1.0), output_type=Types.STRING()).print()
    env.execute("local-click-slice")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clicks")
    ap.add_argument("--chats")
    ap.add_argument("--no-flink", action="store_true", help="call the helpers directly, skip the MiniCluster")
    args = ap.parse_args()

    if args.clicks:
        lines = [line for line in open(args.clicks) if line.strip()]
        if args.no_flink:
            labels = asyncio.run(label_many([json.loads(line) for line in lines]))
            for line, label in zip(lines, labels):
                print(label, line.strip()[:80])
        else:
            run_flink(lines)

    if args.chats:
        messages = [json.loads(line) for line in open(args.chats) if line.strip()]
        print(asyncio.run(summarize_tracked(messages)))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
