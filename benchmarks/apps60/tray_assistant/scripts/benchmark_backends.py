#!/usr/bin/env python3
"""Rough latency comparison of the chat backends. Run manually, costs money."""
from __future__ import annotations

import os
import statistics
import time

import anthropic
from huggingface_hub import InferenceClient
from openai import OpenAI

PROMPT = "In one sentence, what does a system tray icon do?"
RUNS = 3


def timed(fn):
    samples = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def main() -> None:
    oai = OpenAI()
    claude = anthropic.Anthropic()
    hf = InferenceClient(provider="hf-inference", api_key=os.environ.get("HF_TOKEN"))

    results = {
        "gpt-4o-mini": timed(
            lambda: oai.chat.completions.create(
                model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT}]
            )
        ),
        "claude-3-5-haiku": timed(
            lambda: claude.messages.create(
                model="claude-3-5-haiku-latest",
                max_tokens=100,
                messages=[{"role": "user", "content": PROMPT}],
            )
        ),
        "llama-3.1-8b (hf)": timed(
            lambda: hf.chat.completions.create(
                model="meta-llama/Llama-3.1-8B-Instruct",
                messages=[{"role": "user", "content": PROMPT}],
                max_tokens=100,
            )
        ),
    }
    for name, secs in sorted(results.items(), key=lambda kv: kv[1]):
        print(f"{name:24s} {secs:6.2f}s")


if __name__ == "__main__":
    main()
