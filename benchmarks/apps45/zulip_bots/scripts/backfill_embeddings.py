#!/usr/bin/env python
"""Rebuild the handbook index used by @docs.

    python scripts/backfill_embeddings.py --src ./handbook --out /var/lib/zulip-bots/handbook_index.jsonl
"""
from __future__ import annotations

import argparse
import json
import logging
import re
from pathlib import Path
from typing import Iterator, List, Tuple

from botlib.clients import get_cohere_client
from botlib.embeddings import Chunk, CohereEmbedder

log = logging.getLogger("backfill")

HEADING_RE = re.compile(r"^#{1,3} ", re.M)


def split_markdown(text: str, max_chars: int = 1800) -> Iterator[str]:
    parts = HEADING_RE.split(text)
    for part in parts:
        part = part.strip()
        while len(part) > max_chars:
            cut = part.rfind("\n\n", 0, max_chars)
            cut = cut if cut > 200 else max_chars
            yield part[:cut]
            part = part[cut:].strip()
        if part:
            yield part


def collect(src: Path) -> List[Tuple[str, str, str]]:
    rows = []
    for path in sorted(src.rglob("*.md")):
        title = path.stem.replace("-", " ").title()
        for i, chunk in enumerate(split_markdown(path.read_text())):
            rows.append((f"{path.relative_to(src)}#{i}", title, chunk))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--dry-run", action="store_true", help="only count tokens")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)

    rows = collect(args.src)
    if args.dry_run:
        co = get_cohere_client()
        total = 0
        for _, _, text in rows:
            total += len(co.tokenize(text=text, model="command-r-plus-08-2024").tokens)
        log.info("%d chunks, ~%d tokens", len(rows), total)
        return

    embedder = CohereEmbedder()
    vectors = embedder.embed_documents([text for _, _, text in rows])
    with args.out.open("w") as fh:
        for (doc_id, title, text), vec in zip(rows, vectors):
            chunk = Chunk(doc_id=doc_id, title=title, text=text, vector=vec)
            fh.write(json.dumps(chunk.__dict__) + "\n")
    log.info("wrote %d chunks to %s", len(rows), args.out)


if __name__ == "__main__":
    main()
