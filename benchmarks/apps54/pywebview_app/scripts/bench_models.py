#!/usr/bin/env python3
"""Latency benchmark for chat providers. Dev only."""
import asyncio
import os
import time

from anthropic import AsyncAnthropic

from backend.llm import get_async_openai_client, get_mistral_client

QUESTION = "In two sentences, what is the Zettelkasten method?"


async def bench_openai(n):
    client = get_async_openai_client()
    times = []
    for _ in range(n):
        t = time.perf_counter()
        await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": QUESTION}])
        times.append(time.perf_counter() - t)
    return times


async def bench_anthropic(n):
    client = AsyncAnthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))
    times = []
    for _ in range(n):
        t = time.perf_counter()
        await client.messages.create(
            model="claude-3-5-haiku-latest", max_tokens=200,
            messages=[{"role": "user", "content": QUESTION}],
        )
        times.append(time.perf_counter() - t)
    return times


async def bench_mistral(n):
    client = get_mistral_client()
    times = []
    for _ in range(n):
        t = time.perf_counter()
        await asyncio.to_thread(
            client.chat.complete,
            model="mistral-small-latest",
            messages=[{"role": "user", "content": QUESTION}],
        )
        times.append(time.perf_counter() - t)
    return times


async def main(n=5):
    results = await asyncio.gather(bench_openai(n), bench_anthropic(n), bench_mistral(n))
    for name, times in zip(("openai", "anthropic", "mistral"), results):
        print(f"{name:10} avg={sum(times) / len(times):.2f}s min={min(times):.2f}s")


if __name__ == "__main__":
    asyncio.run(main())
