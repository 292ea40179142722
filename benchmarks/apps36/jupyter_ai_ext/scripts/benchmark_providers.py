#!/usr/bin/env python
"""Compare latency/quality of the configured providers on a few prompts.

    python scripts/benchmark_providers.py --providers openai anthropic ollama
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from jupyter_ai_helpers.providers import build_clients, get_client, get_provider
from jupyter_ai_helpers.utils.cost import CostTable

PROMPTS = [
    "Explain pandas groupby in two sentences.",
    "Write a numpy one-liner that normalises each row of a matrix.",
    "What does `%timeit` do?",
]


async def bench(name, clients, repeats):
    provider = get_provider(name, clients, max_tokens=200)
    table = CostTable.default()
    latencies, cost = [], 0.0
    for prompt in PROMPTS:
        for _ in range(repeats):
            t0 = time.perf_counter()
            result = await provider.complete([{"role": "user", "content": prompt}])
            latencies.append(time.perf_counter() - t0)
            cost += table.completion_cost(result)
    return {
        "provider": name,
        "p50_s": round(statistics.median(latencies), 3),
        "max_s": round(max(latencies), 3),
        "cost_usd": round(cost, 5),
    }


def sanity_check_anthropic():
    """Sync smoke test, run before the async benchmark."""
    client = get_client("anthropic")
    msg = client.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=16,
        messages=[{"role": "user", "content": "Reply with OK."}],
    )
    assert "OK" in msg.content[0].text, msg


async def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--providers", nargs="+", default=["openai", "anthropic"])
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--skip-sanity", action="store_true")
    args = parser.parse_args(argv)
    if not args.skip_sanity and "anthropic" in args.providers:
        sanity_check_anthropic()
    clients = build_clients()
    rows = [await bench(name, clients, args.repeats) for name in args.providers]
    for row in rows:
        print("{provider:12} p50={p50_s:>6}s max={max_s:>6}s cost=${cost_usd}".format(**row))


if __name__ == "__main__":
    asyncio.run(main())
