#!/usr/bin/env python
"""Time-to-first-byte / total latency for the raw HTTP endpoints.

Deliberately uses plain HTTP instead of the SDKs so client-side retries and
connection pooling don't skew the numbers.
"""
import os
import statistics
import time

import httpx
import requests

from config import ANTHROPIC_FAST_MODEL, OLLAMA_MODEL, OLLAMA_URL

PROMPT = "Summarise in one sentence: the customer could not export their invoices as CSV."
N_TRIALS = int(os.environ.get("LATENCY_TRIALS", "10"))


def time_ollama():
    t0 = time.perf_counter()
    r = requests.post(
        f"{OLLAMA_URL}/api/generate",
        json={"model": OLLAMA_MODEL, "prompt": PROMPT, "stream": False},
        timeout=120,
    )
    r.raise_for_status()
    return time.perf_counter() - t0


def time_anthropic(client: httpx.Client):
    t0 = time.perf_counter()
    r = client.post(
        "https://api.anthropic.com/v1/messages",
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
        },
        json={
            "model": ANTHROPIC_FAST_MODEL,
            "max_tokens": 64,
            "messages": [{"role": "user", "content": PROMPT}],
        },
    )
    r.raise_for_status()
    return time.perf_counter() - t0


def openai_status():
    """Skip the run if OpenAI reports an incident; numbers would be useless."""
    r = requests.get("https://status.openai.com/api/v2/status.json", timeout=10)
    return r.json().get("status", {}).get("indicator", "unknown")


def report(name, samples):
    print(f"{name:10s} p50={statistics.median(samples):.2f}s  max={max(samples):.2f}s  n={len(samples)}")


def main():
    if openai_status() not in ("none", "minor"):
        print("provider incident in progress, try later")
        return
    report("ollama", [time_ollama() for _ in range(N_TRIALS)])
    with httpx.Client(timeout=60) as client:
        report("anthropic", [time_anthropic(client) for _ in range(N_TRIALS)])


if __name__ == "__main__":
    main()
