#!/usr/bin/env python
"""Offline eval for the triage classifier vs. a labelled CSV.

Runs the graph's classify node directly (no checkpointer) and a zero-shot baseline.
"""
from __future__ import annotations

import argparse
import asyncio
import csv
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.agents.classifier import classify_intent  # noqa: E402
from app.providers import get_async_openai_client, get_openai_client  # noqa: E402

LABELS = ["refund", "order_status", "technical", "billing", "complaint", "other"]


def load(path: str) -> list[dict]:
    with open(path) as fh:
        return list(csv.DictReader(fh))


def run_graph_node(rows: list[dict]) -> list[str]:
    config = {"configurable": {"openai_client": get_openai_client(), "triage_model": "gpt-4o-mini"}}
    preds = []
    for row in rows:
        out = classify_intent({"messages": [{"role": "user", "content": row["text"]}]}, config)
        preds.append(out["intent"])
    return preds


async def zero_shot(rows: list[dict], model: str) -> list[str]:
    client = get_async_openai_client()
    sem = asyncio.Semaphore(8)

    async def one(text: str) -> str:
        async with sem:
            r = await client.with_options(max_retries=5).chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": "Label the ticket with one of: " + ", ".join(LABELS)},
                    {"role": "user", "content": text},
                ],
                temperature=0,
            )
        label = (r.choices[0].message.content or "").strip().lower()
        return label if label in LABELS else "other"

    return await asyncio.gather(*(one(r["text"]) for r in rows))


async def embed_dump(rows: list[dict], out: Path) -> None:
    """Dump embeddings for the clustering notebook."""
    client = get_openai_client()
    texts = [r["text"] for r in rows]
    resp = await asyncio.to_thread(client.embeddings.create, model="text-embedding-3-small", input=texts)
    out.write_text(json.dumps([{"text": t, "vec": d.embedding} for t, d in zip(texts, resp.data)]))


def accuracy(gold: list[str], pred: list[str]) -> float:
    return sum(g == p for g, p in zip(gold, pred)) / max(len(gold), 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--baseline-model", default="gpt-4o")
    ap.add_argument("--dump-embeddings", type=Path)
    args = ap.parse_args()

    rows = load(args.csv)
    gold = [r["label"] for r in rows]
    graph_preds = run_graph_node(rows)
    base_preds = asyncio.run(zero_shot(rows, args.baseline_model))
    print(f"graph node acc: {accuracy(gold, graph_preds):.3f}")
    print(f"zero-shot acc:  {accuracy(gold, base_preds):.3f}")
    print("confusions:", Counter((g, p) for g, p in zip(gold, graph_preds) if g != p).most_common(5))
    if args.dump_embeddings:
        asyncio.run(embed_dump(rows, args.dump_embeddings))


if __name__ == "__main__":
    main()
