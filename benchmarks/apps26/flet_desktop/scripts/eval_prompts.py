#!/usr/bin/env python
"""Compare providers on the summary prompt with an LLM judge.

    python -m scripts.eval_prompts cases.jsonl --providers openai,anthropic,google
"""
from __future__ import annotations

import argparse
import functools
import json
import statistics
import sys
from pathlib import Path

import anthropic

from counseldesk.services import get_openai_client
from counseldesk.services.providers import PROVIDERS, complete
from counseldesk.services.token_budget import estimate_cost
from counseldesk.utils.prompts import SUMMARY_SYSTEM, render_summary_prompt

JUDGE_MODEL = "claude-sonnet-4-5"
JUDGE_PROMPT = (
    "Score the summary from 1 to 5 for faithfulness to the documents and usefulness to a partner. "
    'Reply only with JSON {"score": int, "reason": str}.'
)


def judge(client: anthropic.Anthropic, documents: list[str], summary: str) -> dict:
    msg = client.messages.create(
        model=JUDGE_MODEL,
        max_tokens=300,
        system=JUDGE_PROMPT,
        messages=[{"role": "user", "content": "DOCUMENTS:\n" + "\n---\n".join(documents) + "\n\nSUMMARY:\n" + summary}],
    )
    return json.loads(msg.content[0].text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cases", type=Path)
    ap.add_argument("--providers", default="openai,anthropic")
    ap.add_argument("--responses-baseline", action="store_true", help="also run gpt-4.1 via the Responses API")
    args = ap.parse_args(argv)

    judge_client = anthropic.Anthropic()
    baseline = functools.partial(get_openai_client().responses.create, model="gpt-4.1", instructions=SUMMARY_SYSTEM)
    cases = [json.loads(line) for line in args.cases.read_text().splitlines() if line.strip()]
    scores: dict[str, list[int]] = {}
    spend: dict[str, float] = {}

    for case in cases:
        prompt = render_summary_prompt(case["matter"], case["documents"], "partner")
        messages = [{"role": "system", "content": SUMMARY_SYSTEM}, {"role": "user", "content": prompt}]
        for name in args.providers.split(","):
            spec = PROVIDERS[name]
            result = complete(name, messages)
            verdict = judge(judge_client, case["documents"], result.text)
            scores.setdefault(name, []).append(verdict["score"])
            spend[name] = spend.get(name, 0.0) + estimate_cost(spec.default_model, result.input_tokens, result.output_tokens)
        if args.responses_baseline:
            resp = baseline(input=prompt)
            verdict = judge(judge_client, case["documents"], resp.output_text)
            scores.setdefault("openai-responses", []).append(verdict["score"])

    for name, vals in scores.items():
        print(f"{name:18s} mean={statistics.mean(vals):.2f} n={len(vals)} cost=${spend.get(name, 0):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
