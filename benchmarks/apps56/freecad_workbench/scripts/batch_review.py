#!/usr/bin/env python3
"""Run a design review over a folder of .FCStd files (FreeCADCmd).

    freecadcmd scripts/batch_review.py -- parts/ --out reviews/
"""
import argparse
import asyncio
import glob
import json
import os
import sys

import FreeCAD
from openai import AsyncOpenAI

from freecad.aiassist.core import model_summary
from freecad.aiassist.llm import prompts

CONCURRENCY = 4


async def review_one(client, sem, path, model):
    doc = FreeCAD.openDocument(path)
    try:
        summary = model_summary.summarize_document(doc)
    finally:
        FreeCAD.closeDocument(doc.Name)
    async with sem:
        resp = await client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": prompts.REVIEW_SYSTEM},
                {"role": "user", "content": prompts.review_user_prompt(summary)},
            ],
        )
    return path, resp.choices[0].message.content, resp.usage.total_tokens


async def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--out", default="reviews")
    ap.add_argument("--model", default="gpt-4o-mini")
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    client = AsyncOpenAI()
    sem = asyncio.Semaphore(CONCURRENCY)
    files = sorted(glob.glob(os.path.join(args.folder, "*.FCStd")))
    results = await asyncio.gather(*(review_one(client, sem, f, args.model) for f in files))
    total = 0
    for path, text, tokens in results:
        total += tokens
        name = os.path.splitext(os.path.basename(path))[0]
        with open(os.path.join(args.out, name + ".md"), "w") as fh:
            fh.write(text)
    print(json.dumps({"files": len(files), "tokens": total}))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
