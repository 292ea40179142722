#!/usr/bin/env python3
"""Expand a text file of rough notes into prompts (one per line), optionally
rendering each with the legacy Stability v1 endpoint.

    python scripts/batch_prompts.py notes.txt -o prompts.jsonl [--render out/]
"""
import argparse
import asyncio
import json
import os
import sys

from openai import AsyncOpenAI

import _bootstrap

_bootstrap.install()

from art_muse import prompt_templates  # noqa: E402
from art_muse.legacy import sd_v1  # noqa: E402

CONCURRENCY = 4


async def expand_all(notes, model):
    client = AsyncOpenAI()
    sem = asyncio.Semaphore(CONCURRENCY)

    async def one(note):
        async with sem:
            resp = await client.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": prompt_templates.PROMPT_WRITER_SYSTEM},
                    {"role": "user", "content": note},
                ],
                max_tokens=160,
            )
            return {"note": note, "prompt": resp.choices[0].message.content.strip(),
                    "tokens": resp.usage.total_tokens}

    try:
        return await asyncio.gather(*(one(n) for n in notes))
    finally:
        await client.close()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("notes")
    ap.add_argument("-o", "--output", default="prompts.jsonl")
    ap.add_argument("--model", default="gpt-4o-mini")
    ap.add_argument("--render", metavar="DIR")
    args = ap.parse_args(argv)

    with open(args.notes, encoding="utf-8") as fh:
        notes = [line.strip() for line in fh if line.strip() and not line.startswith("#")]
    rows = asyncio.run(expand_all(notes, args.model))
    with open(args.output, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row) + "\n")
    print(f"wrote {len(rows)} prompts, {sum(r['tokens'] for r in rows)} tokens", file=sys.stderr)

    if args.render:
        key = os.environ["STABILITY_API_KEY"]
        os.makedirs(args.render, exist_ok=True)
        for i, row in enumerate(rows):
            for j, png in enumerate(sd_v1.text_to_image(key, row["prompt"], seed=i)):
                with open(os.path.join(args.render, f"{i:03d}_{j}.png"), "wb") as fh:
                    fh.write(png)


if __name__ == "__main__":
    main()
