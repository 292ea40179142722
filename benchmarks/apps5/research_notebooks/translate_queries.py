#!/usr/bin/env python
"""Translate non-English search queries so they can go through the English eval.

Mistral is the default (cheap, good at FR/DE/ES); Groq is the fallback when
Mistral rate-limits us. Runs async with a semaphore.
"""
import argparse
import asyncio
import logging
import os

import pandas as pd
from groq import Groq

import config
import prompts
from clients import mistral_client
from helpers import load_frame, setup_logging

logger = logging.getLogger("translate")

_groq = Groq(api_key=os.environ.get("GROQ_API_KEY"))


def _translate_groq(query):
    resp = _groq.chat.completions.create(
        model=config.GROQ_MODEL,
        messages=[{"role": "user", "content": prompts.TRANSLATE_PROMPT.format(query=query)}],
        temperature=0,
    )
    return resp.choices[0].message.content.strip()


async def translate_one(query, sem):
    async with sem:
        try:
            resp = await mistral_client.chat.complete_async(
                model=config.MISTRAL_MODEL,
                messages=[{"role": "user", "content": prompts.TRANSLATE_PROMPT.format(query=query)}],
                temperature=0.0,
            )
            return resp.choices[0].message.content.strip()
        except Exception as exc:  # SDKError on 429 mostly
            logger.warning("mistral failed for %r (%s), falling back to groq", query[:40], exc)
            return await asyncio.get_running_loop().run_in_executor(None, _translate_groq, query)


async def translate_all(queries, concurrency):
    sem = asyncio.Semaphore(concurrency)
    return await asyncio.gather(*(translate_one(q, sem) for q in queries))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dataset", default="search_queries")
    ap.add_argument("--concurrency", type=int, default=8)
    args = ap.parse_args()
    setup_logging()

    df = load_frame(args.dataset)
    todo = df[df["lang"] != "en"].copy()
    logger.info("translating %d/%d queries", len(todo), len(df))
    todo["query_en"] = asyncio.run(translate_all(todo["query"].tolist(), args.concurrency))
    df = df.merge(todo[["query_id", "query_en"]], on="query_id", how="left")
    df["query_en"] = df["query_en"].fillna(df["query"])
    out = config.OUTPUT_DIR / f"{args.dataset}_en.parquet"
    df.to_parquet(out, index=False)
    logger.info("wrote %s", out)


if __name__ == "__main__":
    main()
