#!/usr/bin/env python
"""Backfill ``Summary:`` front matter into the Markdown sources of old posts.

Usage: python scripts/backfill_summaries.py [--limit N] [--workers 8] [--tracked]
"""
from __future__ import annotations

import argparse
import asyncio
import concurrent.futures as cf
import re
from pathlib import Path

from _bootstrap import ROOT, load_settings

from llm_common import get_anthropic, llm_settings
from llm_common.prompts import SUMMARY_SYSTEM, render
from llm_common.tracking import tracked_prompt

META_END = re.compile(r"\n\s*\n")


def needs_summary(path: Path) -> bool:
    head = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
    return not any(line.lower().startswith("summary:") for line in head.splitlines())


def insert_summary(path: Path, summary: str) -> None:
    text = path.read_text(encoding="utf-8")
    m = META_END.search(text)
    if not m:
        return
    one_line = " ".join(summary.split())
    path.write_text(text[: m.start()] + f"\nSummary: {one_line}" + text[m.start():], encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=50)
    ap.add_argument("--workers", type=int, default=8)
    ap.add_argument("--tracked", action="store_true", help="go through the platform service")
    args = ap.parse_args()

    settings = load_settings()
    cfg = llm_settings(settings)
    posts = [p for p in sorted((ROOT / "content" / "posts").glob("*.md")) if needs_summary(p)][: args.limit]
    print(f"{len(posts)} posts need a summary")
    system = render(SUMMARY_SYSTEM, max_words=settings.get("AI_SUMMARY_MAX_WORDS", 60))

    if args.tracked:
        for p in posts:
            summary = asyncio.run(tracked_prompt(f"{system}\n\n{p.read_text()}", "summarization"))
            insert_summary(p, summary)
        return

    client = get_anthropic(cfg)
    with cf.ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = {
            pool.submit(
                client.messages.create,
                model=cfg.anthropic_model,
                max_tokens=400,
                system=system,
                messages=[{"role": "user", "content": p.read_text(encoding="utf-8")}],
            ): p
            for p in posts
        }
        for fut in cf.as_completed(futures):
            p = futures[fut]
            try:
                msg = fut.result()
            except Exception as exc:  # noqa: BLE001
                print(f"!! {p.name}: {exc}")
                continue
            insert_summary(p, msg.content[0].text)
            print(f"ok {p.name} ({msg.usage.input_tokens}+{msg.usage.output_tokens} tok)")


if __name__ == "__main__":
    main()
