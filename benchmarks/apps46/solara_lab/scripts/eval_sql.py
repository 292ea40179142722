"""Compare SQL accuracy across providers on data/sql_eval.jsonl.

    python scripts/eval_sql.py --providers openai groq together fireworks
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from pathlib import Path

from openai import AsyncOpenAI

from lab.backend.datasets import load_folder
from lab.backend.sql_writer import writer_for
from lab.utils.prompts import SQL_SYSTEM, extract_sql, sql_prompt


def load_cases(path: Path) -> list[dict]:
    return [json.loads(l) for l in path.read_text().splitlines() if l.strip()]


def run_sync(providers: list[str], cases: list[dict]) -> dict[str, float]:
    cat = load_folder()
    scores = {}
    for p in providers:
        w = writer_for(p)
        ok = 0
        t0 = time.time()
        for c in cases:
            d = w.draft(c["question"], cat.schema())
            try:
                got = cat.query(d.sql)
                want = cat.query(c["sql"])
                ok += int(got.shape == want.shape and (got.values == want.values).all())
            except Exception:  # noqa: BLE001
                pass
        scores[p] = ok / max(len(cases), 1)
        print(f"{p}: {scores[p]:.2%} in {time.time() - t0:.1f}s")
    return scores


async def run_together_async(cases: list[dict], model: str, concurrency: int = 8) -> list[str]:
    """Together's rate limits are generous, so hammer it concurrently."""
    client = AsyncOpenAI(api_key=os.environ["TOGETHER_API_KEY"], base_url="https://api.together.xyz/v1")
    cat = load_folder()
    sem = asyncio.Semaphore(concurrency)

    async def one(c):
        async with sem:
            r = await client.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": SQL_SYSTEM},
                    {"role": "user", "content": sql_prompt(c["question"], cat.schema())},
                ],
            )
            return extract_sql(r.choices[0].message.content or "")

    return await asyncio.gather(*(one(c) for c in cases))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", default="data/sql_eval.jsonl")
    ap.add_argument("--providers", nargs="+", default=["openai", "groq"])
    ap.add_argument("--together-async", action="store_true")
    a = ap.parse_args()
    cs = load_cases(Path(a.cases))
    if a.together_async:
        for sql in asyncio.run(run_together_async(cs, "Qwen/Qwen2.5-72B-Instruct-Turbo")):
            print(sql)
    else:
        run_sync(a.providers, cs)
