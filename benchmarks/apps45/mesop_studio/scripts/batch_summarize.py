#!/usr/bin/env python
"""Summarise a folder of documents offline (nightly job for the docs team).

    python scripts/batch_summarize.py ./docs --out summaries.jsonl --provider openai
"""

from __future__ import annotations

import argparse
import functools
import json
import pathlib
import sys
from concurrent.futures import ThreadPoolExecutor

from studio.backends import get_deepseek_client, get_openai_client
from studio.prompts import render
from studio.summarizer.chunking import chunk_text
from studio.summarizer.map_reduce import summarise_chunks_parallel
from studio.uploads import extract_text


def _client_and_model(provider: str):
    if provider == "deepseek":
        return get_deepseek_client(), "deepseek-chat"
    return get_openai_client(), "gpt-4o-mini"


def summarise_file(path: pathlib.Path, provider: str) -> dict:
    client, model = _client_and_model(provider)
    text = extract_text(path.name, "", path.read_bytes())
    partials = summarise_chunks_parallel(client, model, chunk_text(text, 8000))
    reduce = functools.partial(client.chat.completions.create, model=model, max_tokens=900)
    final = reduce(messages=render("reduce", title=path.stem, words=250, text="\n\n".join(partials)))
    return {
        "file": str(path),
        "summary": final.choices[0].message.content,
        "chunks": len(partials),
        "usage": final.usage.model_dump() if final.usage else None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=pathlib.Path)
    ap.add_argument("--out", type=pathlib.Path, default=pathlib.Path("summaries.jsonl"))
    ap.add_argument("--provider", choices=["openai", "deepseek"], default="openai")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)

    files = sorted(p for p in args.folder.rglob("*") if p.suffix in {".txt", ".md", ".pdf"})
    if not files:
        print("no documents found", file=sys.stderr)
        return 1
    with ThreadPoolExecutor(max_workers=args.workers) as pool, args.out.open("w") as fh:
        for row in pool.map(lambda p: summarise_file(p, args.provider), files):
            fh.write(json.dumps(row) + "\n")
            print(f"✓ {row['file']} ({row['chunks']} chunks)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
