#!/usr/bin/env python
"""Compare the production classifier with a candidate prompt/model on a labelled CSV.

    python scripts/eval_classifier.py data/labelled_tickets.csv --candidate gpt-4.1-mini
"""
from __future__ import annotations

import argparse
import csv
import json
from collections import Counter

from enrichment import prompts
from enrichment.clients import get_openai
from enrichment.models import InboundRecord
from enrichment.stages.classify import classify_record
from enrichment.util.cost import completion as completion_cost


def candidate_label(text: str, model: str) -> tuple[str, float]:
    client = get_openai()
    resp = client.responses.create(
        model=model,
        instructions=prompts.CLASSIFY_SYSTEM,
        input=text,
        text={"format": {"type": "json_object"}},
    )
    data = json.loads(resp.output_text or "{}")
    usage = {"prompt_tokens": resp.usage.input_tokens, "completion_tokens": resp.usage.output_tokens}
    return data.get("category", "other"), completion_cost(model, usage)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv_path")
    ap.add_argument("--candidate", default="gpt-4.1-mini")
    args = ap.parse_args()

    agree = Counter()
    total_cost = 0.0
    with open(args.csv_path, newline="") as fh:
        for row in csv.DictReader(fh):
            rec = InboundRecord(kind="ticket", id=row["id"], tenant="eval", text=row["body"])
            prod = classify_record(rec).category
            cand, cost = candidate_label(row["body"], args.candidate)
            total_cost += cost
            agree["prod"] += prod == row["label"]
            agree["cand"] += cand == row["label"]
            agree["n"] += 1
    n = max(agree["n"], 1)
    print(f"prod acc={agree['prod'] / n:.3f} cand acc={agree['cand'] / n:.3f} cand cost=${total_cost:.2f}")


if __name__ == "__main__":
    main()
