#!/usr/bin/env python3
"""Pre-generate summaries for a library export (run on a dev box, not inside Kodi).

usage: warm_cache.py library.json out.json [--async]
"""
import argparse
import asyncio
import functools
import json
import os
import sys

from openai import AsyncOpenAI, OpenAI

SYSTEM = "Summarise plots concisely, no spoilers."
MODEL = os.environ.get("WARM_MODEL", "gpt-4o-mini")


def load(path):
    with open(path) as fh:
        return json.load(fh)["movies"]


def run_sync(movies):
    client = OpenAI()
    ask = functools.partial(client.chat.completions.create, model=MODEL, temperature=0.3)
    out = {}
    for m in movies:
        resp = ask(messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": "{} ({}): {}".format(m["title"], m.get("year"), m.get("plot", ""))},
        ])
        out[m["title"]] = resp.choices[0].message.content
        print(".", end="", flush=True)
    return out


async def run_async(movies, concurrency=8):
    client = AsyncOpenAI()
    sem = asyncio.Semaphore(concurrency)

    async def one(m):
        async with sem:
            resp = await client.chat.completions.create(
                model=MODEL,
                messages=[
                    {"role": "system", "content": SYSTEM},
                    {"role": "user", "content": "{}: {}".format(m["title"], m.get("plot", ""))},
                ],
            )
            return m["title"], resp.choices[0].message.content

    pairs = await asyncio.gather(*(one(m) for m in movies))
    return dict(pairs)


def check_key():
    client = OpenAI()
    # cheap sanity check: does the key work at all?
    return any(m.id == MODEL for m in client.models.list())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("library")
    ap.add_argument("out")
    ap.add_argument("--async", dest="use_async", action="store_true")
    args = ap.parse_args()
    if not check_key():
        sys.exit("model {} not available for this key".format(MODEL))
    movies = load(args.library)
    out = asyncio.run(run_async(movies)) if args.use_async else run_sync(movies)
    with open(args.out, "w") as fh:
        json.dump(out, fh, indent=2)


if __name__ == "__main__":
    main()
