#!/usr/bin/env python
"""Compare triage accuracy across providers on the labelled inbox sample.

    python scripts/eval_prompts.py data/triage_sample.jsonl --providers anthropic,bedrock,mistral

Prints a small accuracy table. Not part of the worker.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
from collections import Counter
from typing import Dict, List

import boto3
from anthropic import AsyncAnthropic
from mistralai import Mistral

from backoffice.prompts import TRIAGE_V4
from backoffice.utils import parse_json_reply


def load_sample(path: str) -> List[Dict[str, str]]:
    with open(path) as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _category(text: str) -> str:
    try:
        return parse_json_reply(text).get("category", "other")
    except ValueError:
        return "unparseable"


async def run_anthropic(rows: List[Dict[str, str]], model: str) -> List[str]:
    client = AsyncAnthropic()
    sem = asyncio.Semaphore(8)

    async def one(row: Dict[str, str]) -> str:
        async with sem:
            msg = await client.messages.create(
                model=model,
                max_tokens=100,
                system=TRIAGE_V4,
                messages=[{"role": "user", "content": row["text"]}],
            )
        return _category(msg.content[0].text)

    return await asyncio.gather(*(one(r) for r in rows))


def run_bedrock(rows: List[Dict[str, str]], model: str) -> List[str]:
    runtime = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    preds = []
    for row in rows:
        resp = runtime.converse(
            modelId=model,
            system=[{"text": TRIAGE_V4}],
            messages=[{"role": "user", "content": [{"text": row["text"]}]}],
            inferenceConfig={"maxTokens": 100, "temperature": 0},
        )
        preds.append(_category(resp["output"]["message"]["content"][0]["text"]))
    return preds


def run_mistral(rows: List[Dict[str, str]], model: str) -> List[str]:
    preds = []
    with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as mistral:
        for row in rows:
            res = mistral.chat.complete(
                model=model,
                messages=[{"role": "system", "content": TRIAGE_V4}, {"role": "user", "content": row["text"]}],
                response_format={"type": "json_object"},
            )
            preds.append(_category(res.choices[0].message.content or ""))
    return preds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sample")
    parser.add_argument("--providers", default="anthropic,bedrock,mistral")
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()

    rows = load_sample(args.sample)[: args.limit]
    gold = [r["label"] for r in rows]
    results: Dict[str, List[str]] = {}
    for provider in args.providers.split(","):
        if provider == "anthropic":
            results[provider] = asyncio.run(run_anthropic(rows, "claude-3-5-haiku-20241022"))
        elif provider == "bedrock":
            results[provider] = run_bedrock(rows, "anthropic.claude-3-haiku-20240307-v1:0")
        elif provider == "mistral":
            results[provider] = run_mistral(rows, "mistral-small-latest")

    for provider, preds in results.items():
        acc = sum(p == g for p, g in zip(preds, gold)) / max(len(gold), 1)
        errors = Counter((g, p) for p, g in zip(preds, gold) if p != g).most_common(3)
        print(f"{provider:10s} acc={acc:.3f} top confusions={errors}")


if __name__ == "__main__":
    main()
