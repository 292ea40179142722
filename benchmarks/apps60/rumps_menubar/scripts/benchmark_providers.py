#!/usr/bin/env python3
"""Compare latency/quality of providers on a handful of clipboard samples.

    python scripts/benchmark_providers.py samples/*.txt
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

import anthropic
import cohere
from openai import OpenAI

SYSTEM = "Summarise in 3 bullets."


def run_claude(text: str) -> tuple[str, int]:
    client = anthropic.Anthropic()
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=300,
        system=SYSTEM,
        messages=[{"role": "user", "content": text}],
    )
    return msg.content[0].text, msg.usage.output_tokens


def run_deepseek(text: str) -> tuple[str, int]:
    ds = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com/v1")
    resp = ds.chat.completions.create(
        model="deepseek-chat",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
    )
    return resp.choices[0].message.content, resp.usage.completion_tokens


def run_cohere(text: str) -> tuple[str, int]:
    co = cohere.ClientV2()
    out, tokens = [], 0
    for event in co.chat_stream(
        model="command-r-plus-08-2024",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
    ):
        if event.type == "content-delta":
            out.append(event.delta.message.content.text)
        elif event.type == "message-end" and event.delta.usage:
            tokens = int(event.delta.usage.billed_units.output_tokens or 0)
    return "".join(out), tokens


RUNNERS = {"anthropic": run_claude, "deepseek": run_deepseek, "cohere": run_cohere}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--only", choices=sorted(RUNNERS))
    args = parser.parse_args()

    for name, runner in RUNNERS.items():
        if args.only and name != args.only:
            continue
        latencies = []
        for path in args.files:
            started = time.monotonic()
            text, tokens = runner(path.read_text())
            latencies.append(time.monotonic() - started)
            print(f"[{name}] {path.name}: {tokens} tok\n{text}\n")
        print(f"== {name}: median {statistics.median(latencies):.2f}s over {len(latencies)} samples\n")


if __name__ == "__main__":
    main()
