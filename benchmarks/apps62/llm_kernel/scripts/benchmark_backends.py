#!/usr/bin/env python
"""Latency benchmark of each provider with a fixed prompt.

Deliberately uses fresh SDK clients (not the kernel's cached ones) so the
numbers include connection setup, like a cold kernel start.

    python scripts/benchmark_backends.py --runs 3
"""
from __future__ import annotations

import argparse
import statistics
import time

import anthropic
import ollama
from google import genai
from mistralai import Mistral
from openai import OpenAI

PROMPT = "Write a haiku about pandas DataFrames."


def bench_openai(model: str) -> str:
    client = OpenAI()
    r = client.chat.completions.create(model=model, messages=[{"role": "user", "content": PROMPT}])
    return r.choices[0].message.content


def bench_anthropic(model: str) -> str:
    client = anthropic.Anthropic()
    r = client.messages.create(model=model, max_tokens=200, messages=[{"role": "user", "content": PROMPT}])
    return r.content[0].text


def bench_google(model: str) -> str:
    r = genai.Client().models.generate_content(model=model, contents=PROMPT)
    return r.text


def bench_mistral(model: str) -> str:
    with Mistral() as client:
        r = client.chat.complete(model=model, messages=[{"role": "user", "content": PROMPT}])
    return r.choices[0].message.content


def bench_ollama(model: str) -> str:
    r = ollama.chat(model=model, messages=[{"role": "user", "content": PROMPT}])
    return r["message"]["content"]


BENCHES = {
    "openai": (bench_openai, "gpt-4o-mini"),
    "anthropic": (bench_anthropic, "claude-3-5-haiku-20241022"),
    "google": (bench_google, "gemini-2.0-flash"),
    "mistral": (bench_mistral, "mistral-small-latest"),
    "ollama": (bench_ollama, "llama3.1:8b"),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("providers", nargs="*", default=list(BENCHES))
    args = ap.parse_args()
    for name in args.providers:
        fn, model = BENCHES[name]
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            try:
                fn(model)
            except Exception as exc:
                print(f"{name}: error {exc}")
                break
            times.append(time.perf_counter() - t0)
        if times:
            print(f"{name:10s} {model:28s} median {statistics.median(times):.2f}s")


if __name__ == "__main__":
    main()
