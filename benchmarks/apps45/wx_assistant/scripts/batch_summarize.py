#!/usr/bin/env python3
"""Summarise every .md/.txt file in a folder, concurrently, into <name>.summary.md."""
import argparse
import asyncio
import os
from pathlib import Path

from openai import AsyncOpenAI

PROMPT = "Summarise this document in 6 bullet points:\n\n{body}"


async def summarise(client: AsyncOpenAI, sem: asyncio.Semaphore, path: Path, model: str):
    async with sem:
        body = path.read_text(encoding="utf-8", errors="replace")[:60000]
        resp = await client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": PROMPT.format(body=body)}],
        )
        out = path.with_suffix(".summary.md")
        out.write_text(resp.choices[0].message.content, encoding="utf-8")
        return path.name, resp.usage.total_tokens


async def main(folder: str, model: str, concurrency: int):
    client = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
    sem = asyncio.Semaphore(concurrency)
    files = [p for p in Path(folder).iterdir() if p.suffix in {".md", ".txt"}
             and not p.name.endswith(".summary.md")]
    results = await asyncio.gather(*(summarise(client, sem, p, model) for p in files))
    total = sum(t for _, t in results)
    for name, tokens in results:
        print(f"{name}: {tokens} tokens")
    print(f"total: {total} tokens")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--model", default="gpt-4o-mini")
    ap.add_argument("-j", "--concurrency", type=int, default=4)
    args = ap.parse_args()
    asyncio.run(main(args.folder, args.model, args.concurrency))
