#!/usr/bin/env python
"""Compare latency of the configured providers on a fixed rewrite prompt.

    python scripts/benchmark_models.py --runs 3
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

import anthropic
from google import genai
from groq import Groq
from openai import OpenAI

PROMPT = "Rewrite more concisely: The meeting that we had yesterday was, in my opinion, rather long."


def bench(fn, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.mean(times), min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", nargs="*")
    args = ap.parse_args()

    oa = OpenAI()
    claude = anthropic.Anthropic()
    gem = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    groq = Groq()
    xai = OpenAI(api_key=os.environ["XAI_API_KEY"], base_url="https://api.x.ai/v1")

    cases = {
        "openai": lambda: oa.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT}]
        ),
        "anthropic": lambda: claude.messages.create(
            model="claude-3-5-haiku-latest", max_tokens=200, messages=[{"role": "user", "content": PROMPT}]
        ),
        "google": lambda: gem.models.generate_content(model="gemini-2.0-flash", contents=PROMPT),
        "groq": lambda: groq.chat.completions.create(
            model="llama-3.1-8b-instant", messages=[{"role": "user", "content": PROMPT}]
        ),
        "xai": lambda: xai.chat.completions.create(
            model="grok-2-latest", messages=[{"role": "user", "content": PROMPT}]
        ),
    }
    for name, fn in cases.items():
        if args.only and name not in args.only:
            continue
        try:
            mean, best = bench(fn, args.runs)
        except Exception as exc:  # noqa: BLE001
            print(f"{name:10s} ERROR {exc}")
            continue
        print(f"{name:10s} mean={mean:.2f}s best={best:.2f}s")


if __name__ == "__main__":
    main()
