#!/usr/bin/env python
"""Compare latency/quality of the explainer across providers on a fixed sample.

Uses raw HTTP for Mistral and Fireworks on purpose: we want wall-clock numbers
without SDK retry logic in the way.
"""
from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

import httpx
from openai import AsyncOpenAI

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import prompts  # noqa: E402
from data.sources import synthetic  # noqa: E402

FIREWORKS_URL = "https://api.fireworks.ai/inference/v1/chat/completions"
MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"


async def _mistral_http(client: httpx.AsyncClient, prompt: str) -> float:
    t0 = time.perf_counter()
    r = await client.post(
        MISTRAL_URL,
        headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
        json={"model": "mistral-small-latest", "messages": [{"role": "user", "content": prompt}]},
    )
    r.raise_for_status()
    return time.perf_counter() - t0


async def _fireworks_http(client: httpx.AsyncClient, prompt: str) -> float:
    t0 = time.perf_counter()
    r = await client.post(
        FIREWORKS_URL,
        headers={"Authorization": f"Bearer {os.environ['FIREWORKS_API_KEY']}"},
        json={
            "model": "accounts/fireworks/models/llama-v3p1-8b-instruct",
            "messages": [{"role": "user", "content": prompt}],
            "max_tokens": 200,
        },
    )
    r.raise_for_status()
    return time.perf_counter() - t0


async def _fireworks_sdk(prompt: str) -> float:
    fw = AsyncOpenAI(base_url="https://api.fireworks.ai/inference/v1", api_key=os.environ["FIREWORKS_API_KEY"])
    t0 = time.perf_counter()
    await fw.chat.completions.create(
        model="accounts/fireworks/models/llama-v3p1-8b-instruct",
        messages=[{"role": "user", "content": prompt}],
        max_tokens=200,
    )
    return time.perf_counter() - t0


async def main(rounds: int = 5) -> None:
    df = synthetic("checkout", "latency_p95", 6)
    prompt = prompts.chart_explanation_prompt("checkout · latency_p95", "latency_p95", df)
    results: dict[str, list[float]] = {"mistral-http": [], "fireworks-http": [], "fireworks-sdk": []}
    async with httpx.AsyncClient(timeout=60) as client:
        for _ in range(rounds):
            results["mistral-http"].append(await _mistral_http(client, prompt))
            results["fireworks-http"].append(await _fireworks_http(client, prompt))
            results["fireworks-sdk"].append(await _fireworks_sdk(prompt))
    for name, times in results.items():
        print(f"{name:16s} median={statistics.median(times):.2f}s  p90={sorted(times)[int(len(times) * 0.9) - 1]:.2f}s")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
