#!/usr/bin/env python3
"""Time-to-reply for each backend with the same NPC prompt.

    python scripts/bench_npc_latency.py --runs 5
"""
from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from pathlib import Path

import replicate
from openai import OpenAI

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rpg.ai.registry import BACKENDS  # noqa: E402

SYSTEM = "You are Bram, a gruff blacksmith. Two sentences max."
MESSAGES = [{"role": "user", "content": "Can you fix my sword?"}]


def bench(fn, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.mean(times), max(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", nargs="*")
    args = ap.parse_args()

    for name, factory in BACKENDS.items():
        if args.only and name not in args.only:
            continue
        backend = factory()
        mean, worst = bench(lambda: backend.complete(SYSTEM, MESSAGES), args.runs)
        print(f"{name:10s} mean={mean:.2f}s worst={worst:.2f}s")

    # ollama's OpenAI-compatible endpoint, to compare with the native client
    local = OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")
    ask_local = functools.partial(local.chat.completions.create, model="llama3.2:3b")

    def via_compat():
        return ask_local(messages=[{"role": "system", "content": SYSTEM}, *MESSAGES])

    mean, worst = bench(via_compat, args.runs)
    print(f"{'ollama-oai':10s} mean={mean:.2f}s worst={worst:.2f}s")

    def via_replicate():
        events = replicate.stream(
            "meta/meta-llama-3-8b-instruct",
            input={"system_prompt": SYSTEM, "prompt": MESSAGES[0]["content"], "max_new_tokens": 80},
        )
        return "".join(str(event) for event in events)

    mean, worst = bench(via_replicate, args.runs)
    print(f"{'replicate':10s} mean={mean:.2f}s worst={worst:.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
