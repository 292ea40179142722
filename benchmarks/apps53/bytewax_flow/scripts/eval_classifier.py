"""Offline eval: compare classifiers on a labelled sample.

    python -m scripts.eval_classifier labelled.jsonl --judge
"""
from __future__ import annotations

import argparse
import functools
import json
from collections import Counter

from clients.registry import get_client
from common.costs import ledger
from common.prompts import CLASSIFY_SYSTEM
from common.schema import SupportMessage
from steps.classify import TriageClassifier, classify

JUDGE_PROMPT = (
    "You are grading a support-ticket classifier. Given the ticket and two candidate labels, "
    "answer with 'A', 'B' or 'TIE'."
)


def load(path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            yield SupportMessage.from_json(json.dumps(row["message"])), row["label"]


def judge(msg: SupportMessage, a: str, b: str) -> str:
    claude = get_client("anthropic")
    out = claude.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=5,
        system=JUDGE_PROMPT,
        messages=[{"role": "user", "content": f"Ticket: {msg.body}\nA: {a}\nB: {b}"}],
    )
    ledger.create("eval_judge", "claude-3-5-sonnet-20241022", out.usage.input_tokens, out.usage.output_tokens)
    return out.content[0].text.strip().upper()


def run(path: str, use_judge: bool) -> dict:
    openai_client = get_client("openai")
    gpt4o = TriageClassifier(openai_client, model="gpt-4o", eu_client=get_client("mistral"))
    zero_shot = functools.partial(openai_client.chat.completions.create, model="gpt-4o-mini", temperature=0)
    stats: Counter = Counter()
    for msg, label in load(path):
        baseline = classify(msg)
        big = gpt4o(msg)
        raw = zero_shot(
            messages=[{"role": "system", "content": CLASSIFY_SYSTEM}, {"role": "user", "content": msg.body}],
            response_format={"type": "json_object"},
        )
        zs_cat = json.loads(raw.choices[0].message.content or "{}").get("category", "other")
        stats["baseline_ok"] += baseline.category == label
        stats["gpt4o_ok"] += big.category == label
        stats["zero_shot_ok"] += zs_cat == label
        stats["n"] += 1
        if use_judge and baseline.category != big.category:
            stats[f"judge_{judge(msg, baseline.category, big.category)}"] += 1
    stats["cost_usd"] = round(ledger.total(), 4)
    return dict(stats)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--judge", action="store_true")
    args = parser.parse_args()
    print(json.dumps(run(args.path, args.judge), indent=2))


if __name__ == "__main__":
    main()
