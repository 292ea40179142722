#!/usr/bin/env python
"""Rough latency comparison of the backends on a fixed SQL-generation prompt."""
import os
import statistics
import time

import anthropic
import cohere
from openai import OpenAI

PROMPT = "Schema: CREATE TABLE orders(id INT, customer TEXT, total DECIMAL, created DATE);\n" \
         "Question: monthly revenue for 2024, newest first. Reply with SQL only."
RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def timed(fn):
    samples = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def main():
    claude = anthropic.Anthropic()
    co = cohere.ClientV2()
    pplx = OpenAI(api_key=os.environ["PERPLEXITY_API_KEY"], base_url="https://api.perplexity.ai")

    results = {
        "anthropic": timed(lambda: claude.messages.create(
            model="claude-3-5-haiku-20241022", max_tokens=200,
            messages=[{"role": "user", "content": PROMPT}])),
        "cohere": timed(lambda: co.chat(model="command-r", messages=[{"role": "user", "content": PROMPT}])),
        "perplexity": timed(lambda: pplx.chat.completions.create(
            model="llama-3.1-sonar-small-128k-online",
            messages=[{"role": "user", "content": PROMPT}])),
    }
    for name, secs in sorted(results.items(), key=lambda kv: kv[1]):
        print(f"{name:12} {secs * 1000:8.0f} ms")


if __name__ == "__main__":
    main()
