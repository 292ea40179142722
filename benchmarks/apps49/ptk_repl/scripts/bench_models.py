#!/usr/bin/env python
"""Latency benchmark across providers. Not part of the package.

    python scripts/bench_models.py "Explain TCP slow start" -n 3
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

import anthropic
from google import genai
from openai import OpenAI


def bench_openai(prompt: str) -> float:
    client = OpenAI()
    t0 = time.perf_counter()
    client.chat.completions.create(
        model="gpt-4.1-mini",
        messages=[{"role": "user", "content": prompt}],
        max_completion_tokens=256,
    )
    return time.perf_counter() - t0


def bench_anthropic(prompt: str) -> float:
    t0 = time.perf_counter()
    anthropic.Anthropic().messages.create(
        model="claude-haiku-4-5",
        max_tokens=256,
        messages=[{"role": "user", "content": prompt}],
    )
    return time.perf_counter() - t0


def bench_gemini(prompt: str) -> float:
    t0 = time.perf_counter()
    genai.Client().models.generate_content(model="gemini-2.5-flash", contents=prompt)
    return time.perf_counter() - t0


def bench_deepseek(prompt: str) -> float:
    ds = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
    t0 = time.perf_counter()
    ds.chat.completions.create(model="deepseek-chat", messages=[{"role": "user", "content": prompt}])
    return time.perf_counter() - t0


def bench_perplexity(prompt: str) -> float:
    pplx = OpenAI(api_key=os.environ["PERPLEXITY_API_KEY"], base_url="https://api.perplexity.ai")
    t0 = time.perf_counter()
    with pplx.chat.completions.stream(model="sonar", messages=[{"role": "user", "content": prompt}]) as stream:
        for _event in stream:
            pass
    return time.perf_counter() - t0


BENCHES = {
    "openai": bench_openai,
    "anthropic": bench_anthropic,
    "gemini": bench_gemini,
    "deepseek": bench_deepseek,
    "perplexity": bench_perplexity,
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("prompt")
    parser.add_argument("-n", type=int, default=3)
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    for name, fn in BENCHES.items():
        if args.only and name not in args.only:
            continue
        try:
            times = [fn(args.prompt) for _ in range(args.n)]
        except Exception as exc:
            print(f"{name:<12} failed: {exc}")
            continue
        print(f"{name:<12} median {statistics.median(times):.2f}s  min {min(times):.2f}s")


if __name__ == "__main__":
    main()
