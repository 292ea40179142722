#!/usr/bin/env python
"""Latency benchmark against the raw HTTP APIs (no SDK overhead).

Results are posted to the #ops-metrics webhook.
"""
import os
import statistics
import sys
import time

import httpx
import requests

PROMPT = "Summarise: 2024-05-01T10:00:00 ERROR db pool exhausted (x42)"
WEBHOOK = os.environ.get("OPS_METRICS_WEBHOOK", "https://hooks.example.com/ops-metrics")


def bench_anthropic(n=5):
    timings = []
    with httpx.Client(timeout=60) as http:
        for _ in range(n):
            t0 = time.perf_counter()
            r = http.post(
                "https://api.anthropic.com/v1/messages",
                headers={
                    "x-api-key": os.environ["ANTHROPIC_API_KEY"],
                    "anthropic-version": "2023-06-01",
                    "content-type": "application/json",
                },
                json={
                    "model": "claude-3-5-haiku-20241022",
                    "max_tokens": 100,
                    "messages": [{"role": "user", "content": PROMPT}],
                },
            )
            r.raise_for_status()
            timings.append(time.perf_counter() - t0)
    return timings


def bench_openai(n=5):
    timings = []
    for _ in range(n):
        t0 = time.perf_counter()
        r = requests.post(
            "https://api.openai.com/v1/chat/completions",
            headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
            json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": PROMPT}], "max_tokens": 100},
            timeout=60,
        )
        r.raise_for_status()
        timings.append(time.perf_counter() - t0)
    return timings


def report(name, timings):
    return {
        "name": name,
        "p50": round(statistics.median(timings), 3),
        "max": round(max(timings), 3),
        "n": len(timings),
    }


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    rows = [report("anthropic", bench_anthropic(n)), report("openai", bench_openai(n))]
    for row in rows:
        print(row)
    requests.post(WEBHOOK, json={"text": f"LLM latency: {rows}"}, timeout=10)


if __name__ == "__main__":
    main()
