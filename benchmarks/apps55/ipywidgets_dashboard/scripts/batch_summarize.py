#!/usr/bin/env python
"""Summarise every CSV in a folder overnight and write markdown next to it.

usage: python scripts/batch_summarize.py data/exports --workers 4
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
from pathlib import Path

import pandas as pd

from dashboard.llm import get_openai_client
from dashboard.llm.prompts import SUMMARY_SYSTEM, summary_user_prompt
from dashboard.services.df_summarizer import profile


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--model", default="gpt-4o-mini")
    args = ap.parse_args()

    client = get_openai_client()
    files = sorted(args.folder.glob("*.csv"))
    with cf.ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = {}
        for path in files:
            df = pd.read_csv(path, nrows=50_000)
            fut = pool.submit(
                client.chat.completions.create,
                model=args.model,
                messages=[
                    {"role": "system", "content": SUMMARY_SYSTEM},
                    {"role": "user", "content": summary_user_prompt(profile(df), path.stem)},
                ],
            )
            futures[fut] = path
        for fut in cf.as_completed(futures):
            path = futures[fut]
            resp = fut.result()
            path.with_suffix(".summary.md").write_text(resp.choices[0].message.content or "")
            print(f"wrote {path.with_suffix('.summary.md')} ({resp.usage.total_tokens} tokens)")


if __name__ == "__main__":
    main()
