#!/usr/bin/env python
"""Evaluate classifier accuracy on the labelled fixture set.

    python scripts/eval_classifier.py data/classify_eval.jsonl --provider azure
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import json
import sys
from pathlib import Path

from docproc import prompts
from llm.clients import get_azure_openai
from llm.router import ModelRouter, Route
from tasks.classify import DEFAULT_LABELS, _parse_label


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def classify_azure(text: str, deployment: str) -> str:
    client = get_azure_openai()
    resp = client.chat.completions.create(
        model=deployment,
        temperature=0,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": prompts.CLASSIFY_SYSTEM.format(labels=", ".join(DEFAULT_LABELS))},
            {"role": "user", "content": text[:12000]},
        ],
    )
    return _parse_label(resp.choices[0].message.content or "", DEFAULT_LABELS)[0]


async def classify_routed(router: ModelRouter, text: str) -> str:
    res = await router.complete(
        "classify",
        [{"role": "user", "content": text[:12000]}],
        system=prompts.CLASSIFY_SYSTEM.format(labels=", ".join(DEFAULT_LABELS)),
    )
    return _parse_label(res.text, DEFAULT_LABELS)[0]


async def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("fixtures", type=Path)
    ap.add_argument("--provider", choices=["azure", "router"], default="router")
    ap.add_argument("--deployment", default="gpt-4o-mini-eval")
    ap.add_argument("--model", help="override the router's classify model")
    args = ap.parse_args()

    rows = load(args.fixtures)
    confusion: dict[tuple[str, str], int] = collections.Counter()
    router = None
    if args.provider == "router":
        routes = None
        if args.model:
            routes = {"classify": Route("openai", args.model, max_tokens=100, temperature=0.0)}
        router = ModelRouter(routes)
    for row in rows:
        if router is None:
            pred = await asyncio.to_thread(classify_azure, row["text"], args.deployment)
        else:
            pred = await classify_routed(router, row["text"])
        confusion[(row["label"], pred)] += 1
    correct = sum(n for (gold, pred), n in confusion.items() if gold == pred)
    print(f"accuracy: {correct / max(len(rows), 1):.3f} ({correct}/{len(rows)})")
    for (gold, pred), n in sorted(confusion.items()):
        if gold != pred:
            print(f"  {gold:>15} -> {pred:<15} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
