#!/usr/bin/env python
"""Rough latency benchmark across providers, used to pick defaults.

    python scripts/bench_models.py --runs 5
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

import httpx
from groq import Groq

PROMPT = "In one sentence, what is a terminal emulator?"


def bench_groq_sdk(model: str) -> float:
    client = Groq()
    t0 = time.perf_counter()
    client.chat.completions.create(model=model, messages=[{"role": "user", "content": PROMPT}], max_tokens=64)
    return time.perf_counter() - t0


def bench_groq_http(model: str) -> float:
    """Same request without the SDK, to see how much the SDK adds."""
    t0 = time.perf_counter()
    resp = httpx.post(
        "https://api.groq.com/openai/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['GROQ_API_KEY']}"},
        json={"model": model, "messages": [{"role": "user", "content": PROMPT}], "max_tokens": 64},
        timeout=30,
    )
    resp.raise_for_status()
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", default="llama-3.3-70b-versatile")
    args = parser.parse_args()
    for name, fn in (("groq-sdk", bench_groq_sdk), ("groq-http", bench_groq_http)):
        times = [fn(args.model) for _ in range(args.runs)]
        print(f"{name:10s} median={statistics.median(times):.2f}s min={min(times):.2f}s")


if __name__ == "__main__":
    main()
