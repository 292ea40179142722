#!/usr/bin/env python
"""Offline prompt evaluation against the golden clause set.

    python scripts/eval_prompts.py --golden data/golden_clauses.jsonl --models claude,llama,gemini
    python scripts/eval_prompts.py --list-models
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import cohere
from anthropic import Anthropic
from google import genai
from openai import OpenAI

from lexbrief.services.contract_review import PLAYBOOKS

PROMPT = (
    "Identify the clause type of the following contract excerpt. Answer with exactly one of: "
    "indemnification, limitation_of_liability, termination, governing_law, confidentiality, "
    "assignment, payment, warranty, other.\n\n{text}"
)


def load_golden(path: Path) -> list[dict]:
    with path.open() as fh:
        return [json.loads(line) for line in fh if line.strip()]


def ask_claude(client: Anthropic, text: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=10,
        messages=[{"role": "user", "content": PROMPT.format(text=text)}],
    )
    return msg.content[0].text.strip().lower()


def ask_llama(client: OpenAI, text: str) -> str:
    resp = client.chat.completions.create(
        model="accounts/fireworks/models/llama-v3p1-70b-instruct",
        messages=[{"role": "user", "content": PROMPT.format(text=text)}],
        max_tokens=10,
        temperature=0,
    )
    return (resp.choices[0].message.content or "").strip().lower()


def ask_gemini(client: genai.Client, text: str) -> str:
    resp = client.models.generate_content(model="gemini-2.5-flash", contents=PROMPT.format(text=text))
    return (resp.text or "").strip().lower()


def list_models() -> None:
    anthropic = Anthropic()
    print("anthropic:", [m.id for m in anthropic.models.list()])
    gclient = genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))
    print("gemini:", [m.name for m in gclient.models.list()])
    co = cohere.ClientV2()
    print("cohere:", [m.name for m in co.models.list().models])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--golden", type=Path, default=Path("data/golden_clauses.jsonl"))
    parser.add_argument("--models", default="claude,llama,gemini")
    parser.add_argument("--list-models", action="store_true")
    args = parser.parse_args(argv)

    if args.list_models:
        list_models()
        return 0

    runners = {
        "claude": (ask_claude, Anthropic()),
        "llama": (
            ask_llama,
            OpenAI(api_key=os.environ.get("FIREWORKS_API_KEY"), base_url="https://api.fireworks.ai/inference/v1"),
        ),
        "gemini": (ask_gemini, genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))),
    }
    golden = load_golden(args.golden)
    print(f"{len(golden)} examples, playbooks available: {', '.join(PLAYBOOKS)}")
    for name in args.models.split(","):
        fn, client = runners[name]
        correct, latencies = 0, []
        for ex in golden:
            started = time.perf_counter()
            label = fn(client, ex["text"])
            latencies.append(time.perf_counter() - started)
            correct += int(label == ex["label"])
        print(f"{name:8s} acc={correct / max(len(golden), 1):.3f} p50={statistics.median(latencies):.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
