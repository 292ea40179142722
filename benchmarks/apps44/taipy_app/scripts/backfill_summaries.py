"""Backfill summaries/titles for documents ingested before the scenario existed.

    python -m scripts.backfill_summaries data/archive/*.txt --workers 8
"""
from __future__ import annotations

import argparse
import functools
import json
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed

import litellm

from algos.legacy_summarize import keywords_for, title_for
from llm import build_summary_prompt, get_anthropic_client
from llm.prompts import SUMMARY_SYSTEM
from utils.io import load_documents


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--model", default="gpt-4o-mini")
    ap.add_argument("--claude", action="store_true")
    ap.add_argument("--out", default="backfill.jsonl")
    args = ap.parse_args(argv)

    docs = load_documents(args.paths)
    print(f"{len(docs)} documents", file=sys.stderr)

    claude = get_anthropic_client()
    summarise_claude = functools.partial(
        claude.messages.create, model="claude-3-5-haiku-latest", max_tokens=600, system=SUMMARY_SYSTEM
    )

    results: dict[str, dict] = {d["id"]: {"name": d["name"]} for d in docs}
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = {}
        for d in docs:
            msgs = [{"role": "user", "content": build_summary_prompt(d["text"])}]
            if args.claude:
                fut = pool.submit(lambda m=msgs: summarise_claude(messages=m).content[0].text)
            else:
                fut = pool.submit(litellm.completion, model=args.model, messages=msgs)
            futures[fut] = d["id"]
        for fut in as_completed(futures):
            doc_id = futures[fut]
            res = fut.result()
            results[doc_id]["summary"] = res if isinstance(res, str) else res.choices[0].message.content

    for d in docs:
        results[d["id"]]["title"] = title_for(d["text"])
        results[d["id"]]["keywords"] = keywords_for(d["text"])

    with open(args.out, "w", encoding="utf-8") as fh:
        for doc_id, row in results.items():
            fh.write(json.dumps({"id": doc_id, **row}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
