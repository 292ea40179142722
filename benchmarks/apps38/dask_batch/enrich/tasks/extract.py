"""Attribute extraction (brand/material/color/size) on Fireworks."""
from __future__ import annotations

import functools
import logging
from concurrent.futures import ThreadPoolExecutor

import pandas as pd

from enrich.lib.parsing import parse_json_object
from enrich.lib.prompts import REGISTRY
from enrich.lib.retry import retrying
from enrich.plugins import worker_clients

log = logging.getLogger(__name__)

DEFAULT_MODEL = "accounts/fireworks/models/llama-v3p1-70b-instruct"
FIELDS = ("brand", "material", "color", "size")


def _messages(title: str, description: str) -> list[dict]:
    return [{"role": "user", "content": REGISTRY["extract_entities"].generate(title=title, description=description[:3000])}]


def extract_partition(df: pd.DataFrame, model: str = DEFAULT_MODEL) -> pd.DataFrame:
    fw = worker_clients().fireworks
    complete = functools.partial(
        fw.chat.completions.create,
        model=model,
        temperature=0,
        max_tokens=200,
        response_format={"type": "json_object"},
    )
    rows = []
    for pid, title, desc in zip(df["product_id"], df["title"].fillna(""), df["description"].fillna("")):
        resp = complete(messages=_messages(title, desc))
        parsed = parse_json_object(resp.choices[0].message.content)
        rows.append({"product_id": pid, **{f: parsed.get(f) for f in FIELDS}})
    return pd.DataFrame(rows, columns=["product_id", *FIELDS])


@retrying(attempts=4)
def extract_one(title: str, description: str, model: str = DEFAULT_MODEL) -> dict:
    resp = worker_clients().fireworks.chat.completions.create(
        model=model,
        messages=_messages(title, description),
        temperature=0,
        max_tokens=200,
    )
    return parse_json_object(resp.choices[0].message.content)


def extract_partition_threaded(df: pd.DataFrame, model: str = DEFAULT_MODEL, threads: int = 8) -> pd.DataFrame:
    """I/O bound, so a thread pool inside the task beats more dask threads."""
    fw = worker_clients().fireworks
    with ThreadPoolExecutor(max_workers=threads) as pool:
        futures = [
            pool.submit(
                fw.chat.completions.create,
                model=model,
                messages=_messages(t, d),
                temperature=0,
                max_tokens=200,
            )
            for t, d in zip(df["title"].fillna(""), df["description"].fillna(""))
        ]
        results = [parse_json_object(f.result().choices[0].message.content) for f in futures]
    out = pd.DataFrame(results, columns=list(FIELDS))
    out.insert(0, "product_id", df["product_id"].values)
    return out
