#!/usr/bin/env python
"""Backfill `description:` front matter for all pages of a docs tree.

    python scripts/backfill_summaries.py docs/ --concurrency 8 [--write]
"""
from __future__ import annotations

import argparse
import asyncio
import functools
import logging
import re
from pathlib import Path

import yaml

from doctools.clients import get_async_openai_client
from doctools.config import get_settings
from doctools.summarize import AsyncPageSummarizer

log = logging.getLogger("backfill")
FRONT_MATTER = re.compile(r"^---\n(.*?)\n---\n", re.DOTALL)


def split_front_matter(text: str) -> tuple[dict, str]:
    m = FRONT_MATTER.match(text)
    if not m:
        return {}, text
    return yaml.safe_load(m.group(1)) or {}, text[m.end():]


async def _title_for(client, body: str, model: str) -> str:
    response = await client.responses.create(
        model=model,
        instructions="Suggest a concise page title (max 8 words). Return only the title.",
        input=body[:6000],
        max_output_tokens=30,
    )
    return response.output_text.strip().strip('"')


async def process(path: Path, summarizer: AsyncPageSummarizer, client, sem: asyncio.Semaphore, write: bool) -> bool:
    async with sem:
        meta, body = split_front_matter(path.read_text("utf-8"))
        if meta.get("description"):
            return False
        title = meta.get("title") or await _title_for(client, body, get_settings().openai_model)
        meta["description"] = await summarizer.summarize(title, str(path), body)
        meta.setdefault("title", title)
        if write:
            path.write_text("---\n" + yaml.safe_dump(meta, sort_keys=False) + "---\n" + body, "utf-8")
        log.info("%s: %s", path, meta["description"][:80])
        return True


async def main_async(args: argparse.Namespace) -> int:
    client = get_async_openai_client()
    summarizer = AsyncPageSummarizer(client, get_settings().summary_model)
    sem = asyncio.Semaphore(args.concurrency)
    paths = sorted(Path(args.docs_dir).rglob("*.md"))
    results = await asyncio.gather(*(process(p, summarizer, client, sem, args.write) for p in paths))
    log.info("updated %d of %d pages", sum(results), len(paths))

    if args.tags:
        tagger = functools.partial(client.responses.create, model=get_settings().openai_model, max_output_tokens=40)
        for p in paths[: args.tags]:
            resp = await tagger(input="Suggest 3 comma-separated tags for:\n" + p.read_text("utf-8")[:4000])
            log.info("%s tags: %s", p, resp.output_text)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("docs_dir")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--tags", type=int, default=0, help="also suggest tags for the first N pages")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    raise SystemExit(main())
