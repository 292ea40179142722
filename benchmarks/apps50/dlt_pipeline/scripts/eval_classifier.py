"""Compare ticket classification across vendors on the gold set.

    python scripts/eval_classifier.py data/gold_labels.jsonl --providers openai,watsonx,bedrock
"""
from __future__ import annotations

import argparse
import asyncio
import json
from collections import defaultdict

from enrichment import classify_ticket, settings
from enrichment.clients import CLIENT_FACTORIES
from enrichment.prompts import CLASSIFY_SYSTEM, TICKET_LABELS, render_ticket
from services.multi_model_service import TaskComplexity, multi_model_service


def _normalise(answer: str) -> str:
    try:
        label = json.loads(answer).get("label", "other")
    except (json.JSONDecodeError, AttributeError):
        label = (answer or "").strip().lower().split()[0] if answer and answer.strip() else "other"
    return label if label in TICKET_LABELS else "other"


def predict_watsonx(ticket: dict) -> str:
    model = CLIENT_FACTORIES["watsonx"]()
    text = model.generate_text(
        prompt=f"{CLASSIFY_SYSTEM}\n\n{render_ticket(ticket)}\n\nJSON:",
        params={"max_new_tokens": 60, "decoding_method": "greedy"},
    )
    return _normalise(text)


def predict_bedrock(ticket: dict) -> str:
    runtime = CLIENT_FACTORIES["bedrock"]()
    out = runtime.converse(
        modelId=settings.bedrock_model_id(),
        system=[{"text": CLASSIFY_SYSTEM}],
        messages=[{"role": "user", "content": [{"text": render_ticket(ticket)}]}],
        inferenceConfig={"maxTokens": 120, "temperature": 0},
    )
    return _normalise(out["output"]["message"]["content"][0]["text"])


def predict_tracked(ticket: dict) -> str:
    answer = asyncio.run(
        multi_model_service.generate_response(
            prompt=render_ticket(ticket),
            system=CLASSIFY_SYSTEM,
            task_type="classifier_eval",
            complexity=TaskComplexity.STANDARD,
        )
    )
    return _normalise(answer)


PREDICTORS = {
    "openai": lambda t: classify_ticket(t).label,
    "watsonx": predict_watsonx,
    "bedrock": predict_bedrock,
    "tracked": predict_tracked,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--providers", default="openai,tracked")
    args = ap.parse_args()

    with open(args.gold) as fh:
        gold = [json.loads(line) for line in fh if line.strip()]

    scores: dict[str, list[int]] = defaultdict(list)
    for row in gold:
        for name in args.providers.split(","):
            scores[name].append(int(PREDICTORS[name](row["ticket"]) == row["label"]))

    for name, hits in scores.items():
        print(f"{name:<10} accuracy={sum(hits) / max(len(hits), 1):.3f} n={len(hits)}")


if __name__ == "__main__":
    main()
