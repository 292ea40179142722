#!/usr/bin/env python
"""Regenerates features/data/golden_summaries.jsonl from the sample transcripts.

Runs the candidates in parallel; each transcript gets a Claude reference
summary and a GPT-4o one so reviewers can pick.
"""
from __future__ import annotations

import argparse
import asyncio
import functools
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from anthropic import AsyncAnthropic

from app.clients import get_chat_client
from app.prompts import SUMMARY_SYSTEM

aclaude = AsyncAnthropic()


async def claude_reference(transcript: str) -> str:
    msg = await aclaude.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=300,
        system=SUMMARY_SYSTEM.format(max_words=80),
        messages=[{"role": "user", "content": transcript}],
    )
    return msg.content[0].text


def gpt_reference(client, transcript: str) -> str:
    completion = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": SUMMARY_SYSTEM.format(max_words=80)},
            {"role": "user", "content": transcript},
        ],
    )
    return completion.choices[0].message.content


async def build(paths: list[Path], out: Path) -> None:
    client = get_chat_client()
    transcripts = [p.read_text() for p in paths]
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=4) as pool:
        gpt_futures = [
            loop.run_in_executor(pool, functools.partial(gpt_reference, client, t)) for t in transcripts
        ]
        claude = await asyncio.gather(*(claude_reference(t) for t in transcripts))
        gpt = await asyncio.gather(*gpt_futures)
    with out.open("w") as fh:
        for path, c, g in zip(paths, claude, gpt):
            fh.write(json.dumps({"id": path.stem, "claude": c, "gpt": g}) + "\n")


def embed_transcripts(paths: list[Path]) -> list[list[float]]:
    client = get_chat_client()
    embed = functools.partial(client.embeddings.create, model="text-embedding-3-small")
    return [embed(input=p.read_text()).data[0].embedding for p in paths]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("transcripts", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("features/data/golden_summaries.jsonl"))
    ns = parser.parse_args()
    asyncio.run(build(ns.transcripts, ns.out))
