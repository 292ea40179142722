#!/usr/bin/env python
"""Quick side-by-side of providers on the triage prompt set.

    python scripts/eval_providers.py data/triage_eval.jsonl --providers groq cerebras together claude
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time

from anthropic import Anthropic
from cerebras.cloud.sdk import Cerebras
from groq import Groq
from together import Together

from assistant.services.multi_model_service import TaskComplexity, multi_model_service
from assistant.prompts import TRIAGE_SYSTEM, render_ticket


def run_groq(ticket: dict) -> str:
    client = Groq()
    resp = client.chat.completions.create(
        model="llama-3.3-70b-versatile",
        messages=[{"role": "system", "content": TRIAGE_SYSTEM}, {"role": "user", "content": render_ticket(ticket)}],
        response_format={"type": "json_object"},
    )
    return resp.choices[0].message.content


def run_cerebras(ticket: dict) -> str:
    client = Cerebras()
    resp = client.chat.completions.create(
        model="llama-3.3-70b",
        messages=[{"role": "system", "content": TRIAGE_SYSTEM}, {"role": "user", "content": render_ticket(ticket)}],
    )
    return resp.choices[0].message.content


def run_together(ticket: dict) -> str:
    client = Together()
    resp = client.chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=[{"role": "system", "content": TRIAGE_SYSTEM}, {"role": "user", "content": render_ticket(ticket)}],
        response_format={"type": "json_object"},
    )
    return resp.choices[0].message.content


def run_claude(ticket: dict) -> str:
    client = Anthropic()
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=300,
        system=TRIAGE_SYSTEM + "\nReturn only the JSON object.",
        messages=[{"role": "user", "content": render_ticket(ticket)}],
    )
    return msg.content[0].text


def run_tracked(ticket: dict) -> str:
    return asyncio.run(
        multi_model_service.generate_response(
            prompt=render_ticket(ticket),
            system=TRIAGE_SYSTEM,
            task_type="triage_eval",
            complexity=TaskComplexity.SIMPLE,
        )
    )


RUNNERS = {
    "groq": run_groq,
    "cerebras": run_cerebras,
    "together": run_together,
    "claude": run_claude,
    "tracked": run_tracked,
}


def score(expected: dict, raw: str) -> bool:
    try:
        got = json.loads(raw)
    except (TypeError, ValueError):
        return False
    return got.get("category") == expected["category"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dataset")
    ap.add_argument("--providers", nargs="+", default=list(RUNNERS))
    ap.add_argument("--limit", type=int, default=50)
    args = ap.parse_args()

    with open(args.dataset) as fh:
        rows = [json.loads(line) for line in fh][: args.limit]

    for name in args.providers:
        runner = RUNNERS[name]
        hits, latencies = 0, []
        for row in rows:
            t0 = time.perf_counter()
            raw = runner(row["ticket"])
            latencies.append(time.perf_counter() - t0)
            hits += score(row["expected"], raw)
        print(f"{name:10s} acc={hits / len(rows):.2%} p50={statistics.median(latencies):.2f}s")


if __name__ == "__main__":
    main()
