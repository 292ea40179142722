#!/usr/bin/env python
"""Compare Cerebras (prod triage) against DeepSeek on a labelled sample.

    python scripts/eval_triage.py data/triage_gold.jsonl
"""
import asyncio
import functools
import json
import sys
import time
from collections import Counter

from common import get_cerebras_client, get_deepseek_client, llm_tracker
from common.prompts import TRIAGE_SYSTEM
from services.triage import parse_triage

ask_cerebras = functools.partial(
    get_cerebras_client().chat.completions.create,
    model="llama-3.3-70b",
    temperature=0,
    max_completion_tokens=120,
)


def messages_for(example):
    return [
        {"role": "system", "content": TRIAGE_SYSTEM},
        {"role": "user", "content": example["statement"]},
    ]


def run_cerebras(example):
    started = time.perf_counter()
    completion = ask_cerebras(messages=messages_for(example))
    elapsed = time.perf_counter() - started
    return parse_triage(completion.choices[0].message.content), elapsed


async def run_deepseek(example):
    client = get_deepseek_client()
    started = time.perf_counter()
    async with llm_tracker.track_llm_call(
        provider="deepseek", model="deepseek-chat", feature_context="triage_eval"
    ) as usage_log:
        completion = client.chat.completions.create(
            model="deepseek-chat",
            messages=messages_for(example),
            response_format={"type": "json_object"},
            temperature=0,
        )
        usage_log.input_tokens = completion.usage.prompt_tokens
        usage_log.output_tokens = completion.usage.completion_tokens
    return parse_triage(completion.choices[0].message.content), time.perf_counter() - started


def main(path):
    with open(path) as fh:
        gold = [json.loads(line) for line in fh]
    scores = {"cerebras": Counter(), "deepseek": Counter()}
    latency = {"cerebras": [], "deepseek": []}
    for example in gold:
        decision, secs = run_cerebras(example)
        scores["cerebras"][decision["queue"] == example["queue"]] += 1
        latency["cerebras"].append(secs)

        decision, secs = asyncio.run(run_deepseek(example))
        scores["deepseek"][decision["queue"] == example["queue"]] += 1
        latency["deepseek"].append(secs)

    for name in scores:
        total = sum(scores[name].values()) or 1
        lat = sorted(latency[name])
        p95 = lat[int(len(lat) * 0.95) - 1] if lat else 0
        print("%-9s accuracy=%.3f p95=%.2fs" % (name, scores[name][True] / total, p95))


if __name__ == "__main__":
    main(sys.argv[1])
