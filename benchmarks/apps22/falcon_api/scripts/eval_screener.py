#!/usr/bin/env python
"""Offline eval of the screening prompt against the labelled set.

    python scripts/eval_screener.py data/eval/screening_gold.jsonl --model claude-3-5-haiku-20241022

Compares model "overall" with the recruiter's gold score; prints MAE and
agreement on the advance/reject threshold.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys

from recruit_api.services import get_anthropic_client, llm_tracker, prompts
from recruit_api.services.screener import parse_screening_json

THRESHOLD = 3.5


def load(path: str) -> list[dict]:
    with open(path) as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score_one(client, model: str, ex: dict) -> float:
    msg = client.messages.create(
        model=model,
        max_tokens=1000,
        temperature=0,
        system=prompts.SCREENING_SYSTEM_V3,
        messages=[
            {
                "role": "user",
                "content": prompts.screening_user_prompt(ex["jd"], ex["rubric"], ex["cv"]),
            }
        ],
    )
    return float(parse_screening_json(msg.content[0].text)["overall"])


async def score_one_tracked(client, model: str, ex: dict) -> float:
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="screening_eval"
    ) as usage_log:
        msg = client.messages.create(
            model=model,
            max_tokens=1000,
            temperature=0,
            system=prompts.SCREENING_SYSTEM_V3,
            messages=[
                {
                    "role": "user",
                    "content": prompts.screening_user_prompt(ex["jd"], ex["rubric"], ex["cv"]),
                }
            ],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return float(parse_screening_json(msg.content[0].text)["overall"])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--model", default="claude-3-5-sonnet-20241022")
    ap.add_argument("--track", action="store_true", help="record usage (for cost reports)")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)

    client = get_anthropic_client()
    examples = load(args.gold)
    if args.limit:
        examples = examples[: args.limit]

    errors, agree = [], 0
    for ex in examples:
        try:
            if args.track:
                pred = asyncio.run(score_one_tracked(client, args.model, ex))
            else:
                pred = score_one(client, args.model, ex)
        except (ValueError, KeyError) as exc:
            print(f"skip {ex.get('id')}: {exc}", file=sys.stderr)
            continue
        errors.append(abs(pred - ex["gold"]))
        agree += (pred >= THRESHOLD) == (ex["gold"] >= THRESHOLD)

    if not errors:
        print("no scored examples")
        return 1
    print(f"n={len(errors)} MAE={statistics.mean(errors):.3f} agreement={agree / len(errors):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
