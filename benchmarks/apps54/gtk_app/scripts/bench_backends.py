#!/usr/bin/env python3
"""Rough latency benchmark across providers. Not shipped; run from a dev checkout.

    OPENAI_API_KEY=... ANTHROPIC_API_KEY=... python scripts/bench_backends.py
"""

import argparse
import os
import statistics
import time

import anthropic
import ollama
from mistralai import Mistral
from openai import OpenAI

PROMPT = "Fix the grammar: 'Their going to the libary tomorow, isnt it?'"


def bench_openai():
    client = OpenAI()
    return client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT}])


def bench_anthropic():
    client = anthropic.Anthropic()
    return client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=200, messages=[{"role": "user", "content": PROMPT}]
    )


def bench_mistral():
    with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as client:
        return client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": PROMPT}])


def bench_ollama():
    return ollama.chat(model="llama3.2", messages=[{"role": "user", "content": PROMPT}])


def bench_deepseek():
    client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
    return client.chat.completions.create(model="deepseek-chat", messages=[{"role": "user", "content": PROMPT}])


BENCHES = {
    "openai": bench_openai,
    "anthropic": bench_anthropic,
    "mistral": bench_mistral,
    "ollama": bench_ollama,
    "deepseek": bench_deepseek,
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("providers", nargs="*", default=list(BENCHES))
    parser.add_argument("-n", type=int, default=3)
    args = parser.parse_args()
    for name in args.providers:
        timings = []
        for _ in range(args.n):
            t0 = time.perf_counter()
            BENCHES[name]()
            timings.append(time.perf_counter() - t0)
        print(f"{name:10s} median {statistics.median(timings):.2f}s  min {min(timings):.2f}s")


if __name__ == "__main__":
    main()
