#!/usr/bin/env python
"""Run the async pipeline over pre-computed drafts (no GPU needed)."""
import argparse
import asyncio
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from src.llm import llm_tracker  # noqa: E402
from src.pipeline import AsyncCaptionPipeline  # noqa: E402
from src.utils.io import read_jsonl, write_jsonl  # noqa: E402


async def _run(rows: list[dict], concurrency: int) -> list[dict]:
    pipe = AsyncCaptionPipeline(concurrency=concurrency)
    results = await pipe.run_many([(r["id"], r["draft"], r.get("url")) for r in rows])
    return [
        {"id": r.image_id, "caption": r.caption, "score": r.score, "style": r.plan.style}
        for r in results
    ]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("drafts")
    ap.add_argument("out")
    ap.add_argument("--concurrency", type=int, default=8)
    args = ap.parse_args()
    out = asyncio.run(_run(read_jsonl(args.drafts), args.concurrency))
    write_jsonl(args.out, out)
    print(llm_tracker.summary())


if __name__ == "__main__":
    main()
