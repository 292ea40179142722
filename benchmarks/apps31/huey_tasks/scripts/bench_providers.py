#!/usr/bin/env python
"""Rough latency comparison for the summary prompt across providers."""
import statistics
import time
from concurrent.futures import ThreadPoolExecutor

from legacy.helpers import legacy_client
from newsletter.prompts import SUMMARY_SYSTEM
from newsletter.providers import get_deepseek_client, get_openai_client

SAMPLE = open(__file__).read()[:3000]


def timed(fn, *args, **kwargs):
    t0 = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - t0


def main(rounds=5):
    oa = get_openai_client()
    ds = get_deepseek_client()
    claude = legacy_client()
    messages = [
        {"role": "system", "content": SUMMARY_SYSTEM.format(max_sentences=3)},
        {"role": "user", "content": SAMPLE},
    ]
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {
            "openai": [
                pool.submit(timed, oa.chat.completions.create, model="gpt-4o-mini", messages=messages)
                for _ in range(rounds)
            ],
            "deepseek": [
                pool.submit(timed, ds.chat.completions.create, model="deepseek-chat", messages=messages)
                for _ in range(rounds)
            ],
        }
        claude_times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            claude.messages.create(
                model="claude-3-5-haiku-latest",
                max_tokens=300,
                system=messages[0]["content"],
                messages=messages[1:],
            )
            claude_times.append(time.perf_counter() - t0)
    for name, futs in futures.items():
        times = [f.result() for f in futs]
        print(f"{name:10s} median {statistics.median(times):.2f}s")
    print(f"{'anthropic':10s} median {statistics.median(claude_times):.2f}s")


if __name__ == "__main__":
    main()
