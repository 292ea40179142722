#!/usr/bin/env python
"""Latency/throughput comparison across providers on a fixed prompt set.

    python scripts/benchmark_providers.py prompts.jsonl --providers openai,anthropic,bedrock
"""
from __future__ import annotations

import argparse
import json
import statistics
from collections import defaultdict

from datalingo.clients import build_clients, get_bedrock_runtime
from datalingo.config import load_settings
from datalingo.io import load_records
from datalingo.providers import build_providers, get_anthropic
from datalingo.utils import timed

BEDROCK_MODELS = [
    "anthropic.claude-3-haiku-20240307-v1:0",
    "meta.llama3-1-70b-instruct-v1:0",
    "mistral.mistral-large-2407-v1:0",
]


def bench_registry(prompts: list[str], names: list[str]) -> dict[str, list[float]]:
    settings = load_settings()
    providers = build_providers(settings, build_clients(settings), only=names)
    latencies: dict[str, list[float]] = defaultdict(list)
    for name, provider in providers.items():
        for prompt in prompts:
            completion = provider.complete(prompt, max_tokens=256)
            latencies[name].append(completion.latency_s)
    return latencies


def bench_claude_sizes(prompts: list[str]) -> dict[str, list[float]]:
    """Haiku vs Sonnet on the raw SDK (no provider overhead)."""
    client = get_anthropic()
    out: dict[str, list[float]] = defaultdict(list)
    for model in ("claude-3-5-haiku-20241022", "claude-3-5-sonnet-20241022"):
        for prompt in prompts:
            _, secs = timed(
                lambda: client.messages.create(
                    model=model,
                    max_tokens=256,
                    messages=[{"role": "user", "content": prompt}],
                )
            )
            out[model].append(secs)
    return out


def bench_bedrock_models(prompts: list[str], region: str) -> dict[str, list[float]]:
    runtime = get_bedrock_runtime(region)
    out: dict[str, list[float]] = defaultdict(list)
    for model_id in BEDROCK_MODELS:
        for prompt in prompts:
            _, secs = timed(
                runtime.converse,
                modelId=model_id,
                messages=[{"role": "user", "content": [{"text": prompt}]}],
                inferenceConfig={"maxTokens": 256},
            )
            out[model_id].append(secs)
    return out


def report(results: dict[str, list[float]]) -> None:
    for name, values in sorted(results.items()):
        p50 = statistics.median(values)
        p95 = sorted(values)[int(len(values) * 0.95) - 1] if len(values) > 1 else values[0]
        print(json.dumps({"target": name, "n": len(values), "p50_s": round(p50, 3), "p95_s": round(p95, 3)}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("prompts")
    parser.add_argument("--providers", default="openai,anthropic")
    parser.add_argument("--claude-sizes", action="store_true")
    parser.add_argument("--bedrock-region", default=None)
    parser.add_argument("--limit", type=int, default=20)
    args = parser.parse_args()

    prompts = [r["prompt"] for r in load_records(args.prompts, limit=args.limit)]
    report(bench_registry(prompts, args.providers.split(",")))
    if args.claude_sizes:
        report(bench_claude_sizes(prompts))
    if args.bedrock_region:
        report(bench_bedrock_models(prompts, args.bedrock_region))


if __name__ == "__main__":
    main()
