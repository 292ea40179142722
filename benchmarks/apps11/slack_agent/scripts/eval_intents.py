#!/usr/bin/env python
"""Compare intent labels against a hand-labelled CSV (text,label).

Hits the Groq HTTP API directly so we can try candidate models without touching the app
config. Usage: GROQ_API_KEY=... python scripts/eval_intents.py data/intents.csv -m llama-3.1-8b-instant
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import Counter
from pathlib import Path

import anthropic
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.agent.intent import CLASSIFY_PROMPT, INTENTS  # noqa: E402

GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"


def label(http: httpx.Client, model: str, text: str) -> str:
    resp = http.post(
        GROQ_URL,
        json={
            "model": model,
            "messages": [
                {"role": "system", "content": CLASSIFY_PROMPT},
                {"role": "user", "content": text},
            ],
            "response_format": {"type": "json_object"},
            "temperature": 0,
        },
    )
    resp.raise_for_status()
    content = resp.json()["choices"][0]["message"]["content"]
    try:
        value = json.loads(content).get("intent")
    except ValueError:
        return "invalid"
    return value if value in INTENTS else "invalid"


def label_claude(client: anthropic.Anthropic, model: str, text: str) -> str:
    """Baseline: what the big model thinks, to spot bad hand labels."""
    msg = client.messages.create(
        model=model,
        max_tokens=50,
        system=CLASSIFY_PROMPT,
        messages=[{"role": "user", "content": text}],
    )
    try:
        value = json.loads(msg.content[0].text).get("intent")
    except (ValueError, AttributeError):
        return "invalid"
    return value if value in INTENTS else "invalid"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("csv", type=Path)
    parser.add_argument("-m", "--model", action="append", required=True)
    parser.add_argument("--claude-baseline", metavar="MODEL", help="also label with this Claude model")
    args = parser.parse_args()

    rows = list(csv.DictReader(args.csv.open()))
    headers = {"Authorization": f"Bearer {os.environ['GROQ_API_KEY']}"}
    with httpx.Client(headers=headers, timeout=30) as http:
        for model in args.model:
            confusion: Counter = Counter()
            correct = 0
            for row in rows:
                got = label(http, model, row["text"])
                confusion[(row["label"], got)] += 1
                correct += got == row["label"]
            print(f"{model}: {correct}/{len(rows)} = {correct / max(len(rows), 1):.1%}")
            for (want, got), n in confusion.most_common():
                if want != got:
                    print(f"    {want:>10} -> {got:<10} x{n}")

    if args.claude_baseline:
        claude = anthropic.Anthropic()
        disagreements = [
            (row["text"], row["label"], got)
            for row in rows
            for got in [label_claude(claude, args.claude_baseline, row["text"])]
            if got != row["label"]
        ]
        print(f"\nclaude disagrees with {len(disagreements)} hand labels:")
        for text, want, got in disagreements[:30]:
            print(f"  [{want} vs {got}] {text[:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
