#!/usr/bin/env python
"""Offline eval of the extraction prompt against the labelled golden set.

    python scripts/eval_extraction.py golden/invoices.jsonl --model claude-3-5-haiku-20241022
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

import anthropic

from docintel.services.extraction import EXTRACTION_SYSTEM, SCHEMAS


def field_accuracy(expected: dict, got: dict) -> float:
    keys = [k for k in expected if expected[k] is not None]
    if not keys:
        return 1.0
    hits = sum(1 for k in keys if str(got.get(k)).strip().lower() == str(expected[k]).strip().lower())
    return hits / len(keys)


def run(golden: Path, model: str, doc_type: str, limit: int | None) -> None:
    client = anthropic.Anthropic()
    tool = {
        "name": f"record_{doc_type}_fields",
        "description": "Record extracted fields.",
        "input_schema": SCHEMAS[doc_type],
    }
    scores: list[float] = []
    prompt_tokens = 0
    for i, line in enumerate(golden.read_text().splitlines()):
        if limit is not None and i >= limit:
            break
        case = json.loads(line)
        messages = [{"role": "user", "content": f"<document>\n{case['text']}\n</document>"}]
        counted = client.messages.count_tokens(
            model=model, system=EXTRACTION_SYSTEM, tools=[tool], messages=messages
        )
        prompt_tokens += counted.input_tokens
        msg = client.messages.create(
            model=model,
            max_tokens=2048,
            system=EXTRACTION_SYSTEM,
            tools=[tool],
            tool_choice={"type": "tool", "name": tool["name"]},
            messages=messages,
        )
        got = next((b.input for b in msg.content if b.type == "tool_use"), {})
        score = field_accuracy(case["expected"], got)
        scores.append(score)
        if score < 0.5:
            print(f"[low] {case.get('id', i)}: {score:.2f}", file=sys.stderr)
    print(
        json.dumps(
            {
                "model": model,
                "cases": len(scores),
                "mean_accuracy": round(statistics.mean(scores), 4) if scores else None,
                "prompt_tokens": prompt_tokens,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("golden", type=Path)
    p.add_argument("--model", default="claude-3-5-haiku-20241022")
    p.add_argument("--doc-type", default="invoice", choices=sorted(SCHEMAS))
    p.add_argument("--limit", type=int)
    a = p.parse_args()
    run(a.golden, a.model, a.doc_type, a.limit)
