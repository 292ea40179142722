#!/usr/bin/env python
"""Run the prompt regression set against candidate models and write a CSV.

The regression set lives in prompts/regression.jsonl (not checked in; ask Ana).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import pathlib

from studio.backends import get_async_openai_client, get_mistral_client
from studio.evals.judge import PairwiseJudge
from studio.services.multi_model_service import TaskComplexity, multi_model_service


async def baseline(prompt: str) -> str:
    resp = await multi_model_service.generate_response(
        prompt=prompt, task_type="regression_eval", complexity=TaskComplexity.SIMPLE
    )
    return resp.text


async def candidate_openai(prompt: str, model: str) -> str:
    client = get_async_openai_client()
    resp = await client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": prompt}], temperature=0
    )
    return resp.choices[0].message.content or ""


async def candidate_mistral(prompt: str, model: str) -> str:
    res = await get_mistral_client().chat.complete_async(
        model=model, messages=[{"role": "user", "content": prompt}], temperature=0
    )
    return res.choices[0].message.content or ""


async def run(rows: list[dict], model: str, out: pathlib.Path) -> None:
    judge = PairwiseJudge()
    runner = candidate_mistral if model.startswith("mistral") else candidate_openai
    with out.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "winner", "reasoning"])
        for row in rows:
            base, cand = await asyncio.gather(baseline(row["prompt"]), runner(row["prompt"], model))
            v = judge.judge(row["prompt"], base, cand)
            w.writerow([row["id"], {"A": "baseline", "B": model}.get(v.winner, "tie"), v.reasoning])


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=pathlib.Path, default=pathlib.Path("prompts/regression.jsonl"))
    ap.add_argument("--model", default="gpt-4.1")
    ap.add_argument("--out", type=pathlib.Path, default=pathlib.Path("eval.csv"))
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.set.read_text().splitlines() if line.strip()]
    asyncio.run(run(rows, args.model, args.out))
