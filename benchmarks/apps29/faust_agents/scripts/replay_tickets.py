#!/usr/bin/env python
"""Offline eval: replay a sample of tickets through candidate models and dump a CSV.

    python scripts/replay_tickets.py sample.jsonl --out eval.csv
"""
from __future__ import annotations

import argparse
import csv
import json
import os
from concurrent.futures import ThreadPoolExecutor, as_completed

import cohere

from supportstream.clients import get_sync_deepseek
from supportstream.prompts import DRAFT_SYSTEM, render_ticket


def run_deepseek(pool: ThreadPoolExecutor, tickets: list[dict]) -> dict[str, str]:
    ds = get_sync_deepseek()
    futures = {
        pool.submit(
            ds.chat.completions.create,
            model="deepseek-chat",
            messages=[
                {"role": "system", "content": DRAFT_SYSTEM},
                {"role": "user", "content": render_ticket(t["subject"], t["body"])},
            ],
        ): t["id"]
        for t in tickets
    }
    out = {}
    for fut in as_completed(futures):
        out[futures[fut]] = fut.result().choices[0].message.content
    return out


def run_cohere(tickets: list[dict]) -> dict[str, str]:
    co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])
    out = {}
    for t in tickets:
        resp = co.chat(
            model="command-r-08-2024",
            messages=[
                {"role": "system", "content": DRAFT_SYSTEM},
                {"role": "user", "content": render_ticket(t["subject"], t["body"])},
            ],
        )
        out[t["id"]] = resp.message.content[0].text
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sample")
    ap.add_argument("--out", default="eval.csv")
    ap.add_argument("--workers", type=int, default=8)
    args = ap.parse_args()

    with open(args.sample) as fh:
        tickets = [json.loads(line) for line in fh if line.strip()]

    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        ds = run_deepseek(pool, tickets)
    co = run_cohere(tickets)

    with open(args.out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "deepseek", "cohere"])
        for t in tickets:
            w.writerow([t["id"], ds.get(t["id"], ""), co.get(t["id"], "")])


if __name__ == "__main__":
    main()
