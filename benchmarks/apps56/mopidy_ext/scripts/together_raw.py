#!/usr/bin/env python3
"""Benchmark Together's endpoint without the SDK (used to debug a TLS issue on the Pi)."""

import os
import statistics
import sys
import time

import httpx

URL = "https://api.together.xyz/v1/chat/completions"


def once(client, model):
    start = time.perf_counter()
    r = client.post(
        URL,
        json={
            "model": model,
            "messages": [{"role": "user", "content": "Say hi in three words."}],
            "max_tokens": 12,
        },
    )
    r.raise_for_status()
    return time.perf_counter() - start


def main(n=5, model="meta-llama/Llama-3.3-70B-Instruct-Turbo"):
    headers = {"Authorization": f"Bearer {os.environ['TOGETHER_API_KEY']}"}
    with httpx.Client(headers=headers, timeout=30) as client:
        times = [once(client, model) for _ in range(n)]
    print(f"median {statistics.median(times):.2f}s over {n}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
