#!/usr/bin/env python3
"""Rebuild digests for past days from ZNC log files.

usage: backfill_digest.py LOGDIR --channel '#dev' [--days 7] [--legacy]
"""
from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import pathlib
import re
import sys

from sopel_llm import get_openai_client
from sopel_llm.prompts import DIGEST_SYSTEM

LINE_RE = re.compile(r"^\[(\d\d:\d\d:\d\d)\] <([^>]+)> (.*)$")


def read_day(logdir: pathlib.Path, channel: str, day: datetime.date):
    path = logdir / channel / f"{day:%Y-%m-%d}.log"
    if not path.exists():
        return []
    out = []
    for raw in path.read_text(errors="replace").splitlines():
        m = LINE_RE.match(raw)
        if m:
            out.append(f"[{m.group(1)[:5]}] <{m.group(2)}> {m.group(3)}")
    return out


def digest_for(lines, channel, model="gpt-4o-mini"):
    client = get_openai_client()
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": DIGEST_SYSTEM.format(channel=channel)},
            {"role": "user", "content": "\n".join(lines[-1500:])},
        ],
        max_tokens=600,
    )
    return resp.choices[0].message.content


async def embed_days(days_text):
    client = get_openai_client()
    resp = await asyncio.to_thread(
        client.embeddings.create,
        model="text-embedding-3-small",
        input=days_text,
    )
    return [d.embedding for d in resp.data]


def upload_for_batch(path: pathlib.Path):
    """We tried the Batch API once; keeping the upload helper for next time."""
    client = get_openai_client()
    with path.open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="batch")
    return uploaded.id


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("logdir", type=pathlib.Path)
    ap.add_argument("--channel", required=True)
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--legacy", action="store_true", help="use the old 0.28 helper")
    ap.add_argument("--out", type=pathlib.Path, default=pathlib.Path("digests.jsonl"))
    ap.add_argument("--similarity", action="store_true")
    args = ap.parse_args(argv)

    today = datetime.date.today()
    results = []
    for back in range(args.days, 0, -1):
        day = today - datetime.timedelta(days=back)
        lines = read_day(args.logdir, args.channel, day)
        if len(lines) < 20:
            continue
        if args.legacy:
            from sopel_llm.legacy import ask_gpt
            text = ask_gpt("\n".join(lines[-800:]), system=DIGEST_SYSTEM.format(channel=args.channel))
        else:
            text = digest_for(lines, args.channel)
        results.append({"day": day.isoformat(), "digest": text})
        print(day, text.splitlines()[0] if text else "(empty)", file=sys.stderr)

    if args.similarity and results:
        vectors = asyncio.run(embed_days([r["digest"] for r in results]))
        for r, v in zip(results, vectors):
            r["embedding"] = v

    with args.out.open("w") as fh:
        for r in results:
            fh.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
