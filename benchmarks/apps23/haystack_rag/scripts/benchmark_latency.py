"""Quick latency benchmark of chat backends. Not part of CI.

    python scripts/benchmark_latency.py --n 20 --concurrency 4
"""
from __future__ import annotations

import argparse
import statistics
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from openai import OpenAI

from ragsvc.components import HFInferenceGenerator, WatsonxChatGenerator
from haystack.dataclasses import ChatMessage

PROMPT = "Explain in two sentences how to rotate an API key in Acme Cloud."


def _timed(fn, *args, **kwargs) -> float:
    t0 = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - t0


def bench_openai(n: int, concurrency: int, model: str) -> list[float]:
    client = OpenAI()
    latencies = []
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        futures = []
        for _ in range(n):
            t0 = time.perf_counter()
            fut = pool.submit(
                client.chat.completions.create,
                model=model,
                messages=[{"role": "user", "content": PROMPT}],
                max_tokens=120,
            )
            futures.append((t0, fut))
        for t0, fut in futures:
            fut.result()
            latencies.append(time.perf_counter() - t0)
    return latencies


def bench_component(component, n: int) -> list[float]:
    component.warm_up()
    msgs = [ChatMessage.from_user(PROMPT)]
    return [_timed(component.run, messages=msgs) for _ in range(n)]


def report(name: str, lat: list[float]) -> None:
    lat = sorted(lat)
    p95 = lat[int(len(lat) * 0.95) - 1] if len(lat) > 1 else lat[0]
    print(f"{name:28s} n={len(lat):3d} p50={statistics.median(lat):.2f}s p95={p95:.2f}s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--skip", nargs="*", default=[])
    args = parser.parse_args()

    if "openai" not in args.skip:
        report("openai/gpt-4o-mini", bench_openai(args.n, args.concurrency, "gpt-4o-mini"))
    if "hf" not in args.skip:
        report("hf/llama-3.3-70b", bench_component(HFInferenceGenerator(), args.n))
    if "watsonx" not in args.skip:
        report("watsonx/granite-3-8b", bench_component(WatsonxChatGenerator(), args.n))


if __name__ == "__main__":
    main()
