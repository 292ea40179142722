#!/usr/bin/env python
"""Backfill `summary:` front matter for every page that lacks one.

Usage: python scripts/backfill_summaries.py docs/ [--workers 8]
"""
from __future__ import annotations

import argparse
import re
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

import litellm

from llmtool.providers import get_openai_client
from llmtool.helpers import with_backoff
from llmtool.textutil import iter_markdown_files, strip_front_matter

SUMMARY_RE = re.compile(r"^summary:", re.MULTILINE)


def needs_summary(text: str) -> bool:
    return text.startswith("---") and not SUMMARY_RE.search(text.split("---", 2)[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=Path)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--model", default="gpt-4o-mini")
    parser.add_argument("--litellm", action="store_true", help="go through LiteLLM instead")
    args = parser.parse_args()

    pages = [p for p in iter_markdown_files(args.root) if needs_summary(p.read_text())]
    print(f"{len(pages)} pages need summaries")

    create = with_backoff(get_openai_client().chat.completions.create)

    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = {}
        for page in pages:
            messages = [{"role": "user", "content": "One-sentence summary:\n\n" + strip_front_matter(page.read_text())}]
            if args.litellm:
                fut = pool.submit(litellm.completion, model=args.model, messages=messages, max_tokens=80)
            else:
                fut = pool.submit(create, model=args.model, messages=messages, max_tokens=80)
            futures[fut] = page
        for fut in as_completed(futures):
            page = futures[fut]
            summary = fut.result().choices[0].message.content.strip().replace("\n", " ")
            text = page.read_text()
            page.write_text(text.replace("---\n", f"---\nsummary: {summary!r}\n", 1))
            print("ok", page)


if __name__ == "__main__":
    main()
