"""Product category classification (OpenAI)."""
from __future__ import annotations

import asyncio
import logging
from typing import Iterable

import pandas as pd

from enrich.lib import call_with_retries, make_async_openai_client
from enrich.lib.parsing import parse_label
from enrich.lib.prompts import classify_messages
from enrich.plugins import worker_clients, worker_limiter

log = logging.getLogger(__name__)

CLASSIFY_META = {"product_id": "string", "category": "string", "classify_model": "string"}


def classify_batch(records: list[dict], model: str = "gpt-4o-mini") -> list[dict]:
    """Used with ``client.map`` over lists of records."""
    clients = worker_clients()
    limiter = worker_limiter("openai")
    out = []
    for rec in records:
        resp = call_with_retries(
            clients.openai.chat.completions.create,
            model=model,
            messages=classify_messages(rec.get("title", ""), rec.get("description", "")),
            temperature=0,
            max_tokens=8,
            limiter=limiter,
        )
        out.append({
            "product_id": rec["product_id"],
            "category": parse_label(resp.choices[0].message.content),
            "classify_model": model,
        })
    return out


def classify_partition(df: pd.DataFrame, model: str = "gpt-4o-mini") -> pd.DataFrame:
    """``ddf.map_partitions(classify_partition, meta=CLASSIFY_META)``"""
    if df.empty:
        return pd.DataFrame({k: pd.Series(dtype=v) for k, v in CLASSIFY_META.items()})
    bundle = worker_clients()
    bucket = bundle.limiters["openai"]
    labels = []
    for title, desc in zip(df["title"].fillna(""), df["description"].fillna("")):
        bucket.acquire()
        completion = bundle.openai.chat.completions.create(
            model=model,
            messages=classify_messages(title, desc),
            temperature=0,
            max_tokens=8,
        )
        labels.append(parse_label(completion.choices[0].message.content))
    return pd.DataFrame({
        "product_id": df["product_id"].astype("string").values,
        "category": labels,
        "classify_model": model,
    })


async def _classify_many(rows: Iterable[tuple[str, str]], model: str, concurrency: int) -> list[str]:
    aclient = make_async_openai_client()
    sem = asyncio.Semaphore(concurrency)

    async def one(title: str, desc: str) -> str:
        async with sem:
            r = await aclient.chat.completions.create(
                model=model, messages=classify_messages(title, desc), temperature=0, max_tokens=8
            )
            return parse_label(r.choices[0].message.content)

    try:
        return await asyncio.gather(*(one(t, d) for t, d in rows))
    finally:
        await aclient.close()


def classify_partition_async(df: pd.DataFrame, model: str = "gpt-4o-mini", concurrency: int = 16) -> pd.DataFrame:
    """Faster variant for big partitions; one event loop per partition.

    NOTE(jkim): does not use the per-worker limiter yet, keep concurrency low.
    """
    rows = list(zip(df["title"].fillna(""), df["description"].fillna("")))
    labels = asyncio.run(_classify_many(rows, model, concurrency)) if rows else []
    return pd.DataFrame({
        "product_id": df["product_id"].astype("string").values,
        "category": labels,
        "classify_model": model,
    })
