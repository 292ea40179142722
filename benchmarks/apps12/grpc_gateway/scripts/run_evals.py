#!/usr/bin/env python
"""Nightly regression eval for the default OpenAI model.

Reads a JSONL golden set ({"id", "prompt", "reference"}), generates answers with
the candidate model, and has Claude grade each answer against the reference.
Results go to stdout as JSONL; the CI job uploads them to the eval dashboard.

    python scripts/run_evals.py --golden evals/golden_v3.jsonl --model gpt-4.1-mini
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Dict, List

import anthropic

from modelgw.providers.clients import openai_sync_client
from modelgw.utils import estimate_tokens

JUDGE_MODEL = "claude-sonnet-4-5"
JUDGE_PROMPT = """You are grading a model answer against a reference answer.
Score from 1 (wrong) to 5 (equivalent to the reference). Reply as: SCORE: <n>
then one sentence of justification.

Question:
{prompt}

Reference:
{reference}

Candidate:
{candidate}
"""


def load_golden(path: Path) -> List[Dict]:
    with path.open() as fh:
        return [json.loads(line) for line in fh if line.strip()]


def grade(judge: anthropic.Anthropic, item: Dict, candidate: str) -> Dict:
    msg = judge.messages.create(
        model=JUDGE_MODEL,
        max_tokens=200,
        messages=[
            {
                "role": "user",
                "content": JUDGE_PROMPT.format(prompt=item["prompt"], reference=item["reference"], candidate=candidate),
            }
        ],
    )
    text = msg.content[0].text
    match = re.search(r"SCORE:\s*([1-5])", text)
    return {"score": int(match.group(1)) if match else 0, "rationale": text}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--golden", type=Path, required=True)
    parser.add_argument("--model", default="gpt-4.1-mini")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args(argv)

    items = load_golden(args.golden)
    if args.limit:
        items = items[: args.limit]
    prompt_tokens = sum(estimate_tokens(i["prompt"]) for i in items)
    print(f"# {len(items)} items, ~{prompt_tokens} prompt tokens", file=sys.stderr)

    client = openai_sync_client()
    judge = anthropic.Anthropic()

    answers: Dict[str, str] = {}
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = {
            pool.submit(
                client.chat.completions.create,
                model=args.model,
                messages=[{"role": "user", "content": item["prompt"]}],
                temperature=0,
            ): item["id"]
            for item in items
        }
        for fut in as_completed(futures):
            item_id = futures[fut]
            try:
                answers[item_id] = fut.result().choices[0].message.content or ""
            except Exception as exc:  # noqa: BLE001
                print(f"# {item_id} failed: {exc}", file=sys.stderr)

    total = 0
    for item in items:
        if item["id"] not in answers:
            continue
        verdict = grade(judge, item, answers[item["id"]])
        total += verdict["score"]
        print(json.dumps({"id": item["id"], "model": args.model, **verdict}))

    graded = max(1, len(answers))
    print(f"# mean score {total / graded:.2f} over {graded} answers", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
