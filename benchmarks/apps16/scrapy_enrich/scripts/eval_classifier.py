#!/usr/bin/env python
"""Offline eval of the category classifier on the hand-labelled sample.

    PYTHONPATH=. python scripts/eval_classifier.py data/labelled_sample.csv --models gemini mistral

Prints accuracy and a confusion summary per model; results are pasted into
the PR that changes prompts.py (PROMPT_VERSION).
"""
import argparse
import csv
import json
import os
from collections import Counter, defaultdict

from google.genai import types
from mistralai.client import Mistral

from pricewatch.llm.clients import get_gemini_client
from pricewatch.llm.prompts import CATEGORY_TAXONOMY, CLASSIFY_SYSTEM, CLASSIFY_USER, PROMPT_VERSION
from pricewatch.utils import loads_model_json


def prompt_for(row):
    return CLASSIFY_USER.format(
        taxonomy=", ".join(CATEGORY_TAXONOMY),
        title=row["title"],
        brand=row.get("brand") or "-",
        breadcrumbs=row.get("breadcrumbs") or "-",
        description=(row.get("description") or "")[:3000],
    )


def predict_gemini(rows, model):
    client = get_gemini_client()
    out = []
    for row in rows:
        resp = client.models.generate_content(
            model=model,
            contents=prompt_for(row),
            config=types.GenerateContentConfig(
                system_instruction=CLASSIFY_SYSTEM,
                response_mime_type="application/json",
                temperature=0.0,
            ),
        )
        out.append(loads_model_json(resp.text).get("category"))
    return out


def predict_mistral(rows, model):
    out = []
    with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as mistral:
        for row in rows:
            resp = mistral.chat.complete(
                model=model,
                messages=[
                    {"role": "system", "content": CLASSIFY_SYSTEM},
                    {"role": "user", "content": prompt_for(row)},
                ],
                temperature=0,
                response_format={"type": "json_object"},
            )
            out.append(json.loads(resp.choices[0].message.content).get("category"))
    return out


RUNNERS = {
    "gemini": (predict_gemini, "gemini-2.0-flash"),
    "mistral": (predict_mistral, "mistral-small-latest"),
}


def report(name, rows, predictions):
    gold = [r["category"] for r in rows]
    correct = sum(1 for g, p in zip(gold, predictions) if g == p)
    confusions = defaultdict(Counter)
    for g, p in zip(gold, predictions):
        if g != p:
            confusions[g][p] += 1
    print(f"== {name} (prompt {PROMPT_VERSION}) accuracy {correct}/{len(rows)} = {correct / len(rows):.1%}")
    for g, counter in sorted(confusions.items(), key=lambda kv: -sum(kv[1].values()))[:8]:
        print(f"   {g:<20} -> {dict(counter.most_common(3))}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sample")
    parser.add_argument("--models", nargs="+", default=list(RUNNERS), choices=list(RUNNERS))
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()

    with open(args.sample, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[: args.limit]

    for name in args.models:
        fn, model = RUNNERS[name]
        report(f"{name}:{model}", rows, fn(rows, model))


if __name__ == "__main__":
    main()
