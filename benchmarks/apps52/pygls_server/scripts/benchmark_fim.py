#!/usr/bin/env python
"""Compare FIM latency/quality between Codestral, Fireworks and a local Ollama model.

    python scripts/benchmark_fim.py samples/fim_cases.jsonl --runs 3
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

import ollama
from mistralai import Mistral
from openai import OpenAI


def load_cases(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def run_codestral(client: Mistral, case: dict) -> str:
    res = client.fim.complete(
        model="codestral-latest",
        prompt=case["prefix"],
        suffix=case["suffix"],
        max_tokens=64,
        temperature=0,
    )
    return res.choices[0].message.content


def run_fireworks(client: OpenAI, case: dict) -> str:
    res = client.completions.create(
        model="accounts/fireworks/models/qwen2p5-coder-32b-instruct",
        prompt=f"<|fim_prefix|>{case['prefix']}<|fim_suffix|>{case['suffix']}<|fim_middle|>",
        max_tokens=64,
        temperature=0,
    )
    return res.choices[0].text


def run_ollama(case: dict, model: str) -> str:
    res = ollama.generate(model=model, prompt=case["prefix"], suffix=case["suffix"], options={"num_predict": 64})
    return res["response"]


def exact_match(pred: str, expected: str) -> bool:
    return pred.strip().splitlines()[:1] == expected.strip().splitlines()[:1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cases", type=Path)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--ollama-model", default="qwen2.5-coder:7b")
    args = ap.parse_args()

    cases = load_cases(args.cases)
    codestral = Mistral(api_key=os.environ["MISTRAL_API_KEY"], server_url="https://codestral.mistral.ai")
    fireworks = OpenAI(base_url="https://api.fireworks.ai/inference/v1", api_key=os.environ["FIREWORKS_API_KEY"])

    runners = {
        "codestral": lambda c: run_codestral(codestral, c),
        "fireworks": lambda c: run_fireworks(fireworks, c),
        "ollama": lambda c: run_ollama(c, args.ollama_model),
    }
    for name, fn in runners.items():
        latencies, hits = [], 0
        for _ in range(args.runs):
            for case in cases:
                t0 = time.perf_counter()
                try:
                    pred = fn(case)
                except Exception as exc:  # noqa: BLE001
                    print(f"{name}: error {exc}")
                    continue
                latencies.append(time.perf_counter() - t0)
                hits += exact_match(pred, case["expected"])
        if latencies:
            print(
                f"{name:10s} p50={statistics.median(latencies) * 1000:.0f}ms "
                f"em={hits / (len(cases) * args.runs):.2%}"
            )


if __name__ == "__main__":
    main()
