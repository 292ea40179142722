#!/usr/bin/env python
"""Offline evaluation of the priority classifier against labelled tickets.

    python scripts/eval_classifier.py data/labelled_tickets.jsonl --judge
"""
import argparse
import asyncio
import collections
import json
import os
import sys

from together import AsyncTogether

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from apps.helpdesk.llm.clients import get_anthropic  # noqa: E402
from apps.helpdesk.llm.prompts import CLASSIFY_SYSTEM  # noqa: E402
from apps.helpdesk.services.classifier import PriorityClassifier  # noqa: E402


def load(path):
    with open(path) as fh:
        return [json.loads(line) for line in fh if line.strip()]


async def classify_all(rows, model, concurrency=8):
    client = AsyncTogether()
    sem = asyncio.Semaphore(concurrency)

    async def one(row):
        async with sem:
            resp = await client.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": CLASSIFY_SYSTEM},
                    {"role": "user", "content": row["subject"] + "\n\n" + row["body"]},
                ],
                response_format={"type": "json_object"},
                temperature=0,
            )
            return json.loads(resp.choices[0].message.content).get("priority")

    return await asyncio.gather(*(one(r) for r in rows))


def judge(rows, predictions):
    """Ask Claude whether disagreements are label errors."""
    claude = get_anthropic()
    notes = []
    for row, pred in zip(rows, predictions):
        if pred == row["priority"]:
            continue
        msg = claude.messages.create(
            model="claude-sonnet-4-20250514",
            max_tokens=200,
            messages=[
                {
                    "role": "user",
                    "content": "Label says %s, model says %s. Which is right and why?\n\n%s\n%s"
                    % (row["priority"], pred, row["subject"], row["body"]),
                }
            ],
        )
        notes.append((row.get("id"), msg.content[0].text))
    return notes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--model", default=PriorityClassifier().model)
    ap.add_argument("--judge", action="store_true")
    args = ap.parse_args()
    rows = load(args.path)
    preds = asyncio.run(classify_all(rows, args.model))
    confusion = collections.Counter((r["priority"], p) for r, p in zip(rows, preds))
    acc = sum(v for (a, b), v in confusion.items() if a == b) / max(1, len(rows))
    print("accuracy: %.3f on %d tickets" % (acc, len(rows)))
    for (gold, pred), n in sorted(confusion.items()):
        print("  gold=%s pred=%s  %d" % (gold, pred, n))
    if args.judge:
        for tid, note in judge(rows, preds):
            print("#%s: %s" % (tid, note))


if __name__ == "__main__":
    main()
