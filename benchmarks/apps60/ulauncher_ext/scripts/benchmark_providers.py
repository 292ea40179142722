#!/usr/bin/env python3
"""Compare latency of the providers for the same prompt.

Usage: OPENAI_API_KEY=... GROQ_API_KEY=... python scripts/benchmark_providers.py "What is a tarball?"
"""
import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from src.clients import (  # noqa: E402
    get_openai_client,
    make_anthropic_client,
    make_groq_client,
    make_mistral_client,
    make_perplexity_client,
)


def bench_openai(prompt, runs):
    client = get_openai_client(os.environ["OPENAI_API_KEY"])
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
        times.append(time.perf_counter() - t0)
    return times


def bench_anthropic(prompt, runs):
    client = make_anthropic_client(os.environ["ANTHROPIC_API_KEY"])
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        client.messages.create(
            model="claude-3-5-haiku-latest", max_tokens=256,
            messages=[{"role": "user", "content": prompt}],
        )
        times.append(time.perf_counter() - t0)
    return times


def bench_groq(prompt, runs):
    client = make_groq_client(os.environ["GROQ_API_KEY"])
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        client.chat.completions.create(model="llama-3.1-8b-instant", messages=[{"role": "user", "content": prompt}])
        times.append(time.perf_counter() - t0)
    return times


def bench_mistral(prompt, runs):
    client = make_mistral_client(os.environ["MISTRAL_API_KEY"])
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": prompt}])
        times.append(time.perf_counter() - t0)
    return times


def bench_perplexity(prompt, runs):
    client = make_perplexity_client(os.environ["PPLX_API_KEY"])
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        client.chat.completions.create(model="sonar", messages=[{"role": "user", "content": prompt}])
        times.append(time.perf_counter() - t0)
    return times


BENCHES = {
    "openai": ("OPENAI_API_KEY", bench_openai),
    "anthropic": ("ANTHROPIC_API_KEY", bench_anthropic),
    "groq": ("GROQ_API_KEY", bench_groq),
    "mistral": ("MISTRAL_API_KEY", bench_mistral),
    "perplexity": ("PPLX_API_KEY", bench_perplexity),
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("prompt")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    for name, (env, fn) in BENCHES.items():
        if args.only and name not in args.only:
            continue
        if not os.environ.get(env):
            print(f"{name:12s} skipped (no {env})")
            continue
        times = fn(args.prompt, args.runs)
        print(f"{name:12s} median {statistics.median(times):.2f}s  min {min(times):.2f}s")


if __name__ == "__main__":
    main()
