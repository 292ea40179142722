#!/usr/bin/env python
"""Weekly CSV export of document summaries for the compliance team."""
from __future__ import annotations

import argparse
import csv
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from app.legacy.bedrock_helpers import claude_complete
from app.legacy.summarizer_v1 import summarize


def load_docs(path: Path) -> list[dict]:
    return [json.loads(l) for l in path.read_text().splitlines() if l.strip()]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("input", type=Path)
    p.add_argument("output", type=Path)
    p.add_argument("--engine", default="openai", choices=["openai", "claude", "claude-raw", "bedrock"])
    p.add_argument("--workers", type=int, default=4)
    args = p.parse_args()

    docs = load_docs(args.input)
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        if args.engine == "bedrock":
            futures = [pool.submit(claude_complete, f"Summarize:\n\n{d['text']}") for d in docs]
        else:
            futures = [pool.submit(summarize, d["text"], args.engine) for d in docs]
        summaries = [f.result() for f in futures]

    with args.output.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "title", "summary"])
        for d, s in zip(docs, summaries):
            w.writerow([d["id"], d.get("title", ""), s])


if __name__ == "__main__":
    main()
