#!/usr/bin/env python3
"""Latency bench across providers.  ./scripts/bench_providers.py -n 5

Prints p50/p95 per provider; used to pick the default for passive mode.
"""

import argparse
import os
import statistics
import time

import _path  # noqa: F401
import anthropic

from LLM.local.clients import ClientBundle, DEFAULT_MODELS

PROMPT = "In one sentence: what is IRC?"


def keys_from_env():
    return {
        "openai": os.environ.get("OPENAI_API_KEY"),
        "anthropic": os.environ.get("ANTHROPIC_API_KEY"),
        "groq": os.environ.get("GROQ_API_KEY"),
        "mistral": os.environ.get("MISTRAL_API_KEY"),
        "openrouter": os.environ.get("OPENROUTER_API_KEY"),
    }


def bench_openai_like(client, model, n):
    timings = []
    for _ in range(n):
        t = time.perf_counter()
        client.chat.completions.create(
            model=model, messages=[{"role": "user", "content": PROMPT}],
            max_tokens=40)
        timings.append(time.perf_counter() - t)
    return timings


def bench_anthropic(n, model):
    client = anthropic.Anthropic()
    timings = []
    for _ in range(n):
        t = time.perf_counter()
        raw = client.messages.with_raw_response.create(
            model=model, max_tokens=40,
            messages=[{"role": "user", "content": PROMPT}])
        timings.append(time.perf_counter() - t)
        request_id = raw.headers.get("request-id")
        if request_id and os.environ.get("BENCH_VERBOSE"):
            print("  anthropic request", request_id)
    return timings


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=3)
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    keys = keys_from_env()
    bundle = ClientBundle(lambda: keys)
    results = {}
    wanted = args.only or ["openai", "groq", "anthropic", "mistral"]
    if "openai" in wanted:
        results["openai"] = bench_openai_like(
            bundle.openai, DEFAULT_MODELS["openai"], args.n)
    if "groq" in wanted:
        t0 = []
        for _ in range(args.n):
            start = time.perf_counter()
            bundle.groq.chat.completions.create(
                model=DEFAULT_MODELS["groq"],
                messages=[{"role": "user", "content": PROMPT}],
                max_tokens=40)
            t0.append(time.perf_counter() - start)
        results["groq"] = t0
    if "anthropic" in wanted:
        results["anthropic"] = bench_anthropic(args.n,
                                               DEFAULT_MODELS["anthropic"])
    if "mistral" in wanted:
        t1 = []
        for _ in range(args.n):
            start = time.perf_counter()
            bundle.mistral.chat.complete(
                model=DEFAULT_MODELS["mistral"],
                messages=[{"role": "user", "content": PROMPT}],
                max_tokens=40)
            t1.append(time.perf_counter() - start)
        results["mistral"] = t1
    for name, ts in sorted(results.items()):
        ts = sorted(ts)
        p95 = ts[int(0.95 * (len(ts) - 1))]
        print("%-10s p50=%.2fs p95=%.2fs" % (name, statistics.median(ts), p95))


if __name__ == "__main__":
    main()
