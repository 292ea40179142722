#!/usr/bin/env python
"""Offline evaluation of ticket triage against a labelled CSV.

Runs the production TriageService and scores it; optionally asks GPT-4o to
judge the disagreements (LLM-as-judge) so we can tell label noise from real
errors.

    python scripts/eval_triage.py data/triage_gold.csv --judge
    python scripts/eval_triage.py data/triage_gold.csv --compare-fallback mistralai/mistral-nemo qwen/qwen-2.5-72b-instruct
"""
import argparse
import csv
import functools
import json
import os
import sys
import time

sys.path.insert(0, ".")

from groq import Groq  # noqa: E402
from openai import OpenAI  # noqa: E402

from app import create_app  # noqa: E402
from app.llm.factory import ClientFactory  # noqa: E402
from app.services.ticket_triage import TriageService  # noqa: E402
from app.utils.prompts import TRIAGE_SYSTEM  # noqa: E402

JUDGE_PROMPT = (
    "A classifier and a human disagreed on an HR ticket category. "
    "Given the ticket, say which label is more defensible: 'model', 'human' or 'both'. "
    'Answer JSON {"winner": ...}.'
)


def load(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def compare_fallback(rows, models):
    """Latency / JSON-validity check for candidate OpenRouter fallback models."""
    app = create_app("development")
    client = ClientFactory.from_config(app.config).openrouter(**{"HTTP-Referer": "https://hirehelp.internal/eval"})
    for model in models:
        t0 = time.perf_counter()
        outputs = []
        for row in rows:
            r = client.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": TRIAGE_SYSTEM},
                    {"role": "user", "content": f"Subject: {row['subject']}\n\n{row['body']}"},
                ],
                temperature=0,
            )
            outputs.append(r.choices[0].message.content)
        dt = time.perf_counter() - t0
        valid = sum(1 for o in outputs if o and o.strip().startswith("{"))
        print(f"{model:45s} {dt / max(len(rows), 1):.2f}s/ticket  json_ok={valid}/{len(rows)}")


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("csv")
    parser.add_argument("--judge", action="store_true")
    parser.add_argument("--model", default="llama-3.1-8b-instant")
    parser.add_argument("--compare-fallback", nargs="+", metavar="MODEL")
    args = parser.parse_args(argv)

    if args.compare_fallback:
        compare_fallback(load(args.csv), args.compare_fallback)
        return 0

    service = TriageService(
        Groq(api_key=os.environ["GROQ_API_KEY"]),
        None,
        groq_model=args.model,
        fallback_model="unused",
    )
    rows = load(args.csv)
    hits, disagreements = 0, []
    for row in rows:
        result = service.classify(row["subject"], row["body"])
        if result.category == row["category"]:
            hits += 1
        else:
            disagreements.append((row, result.category))
    print(f"accuracy: {hits}/{len(rows)} = {hits / max(len(rows), 1):.3f}")

    if not args.judge or not disagreements:
        return 0

    judge_client = OpenAI()
    judge = functools.partial(
        judge_client.chat.completions.create,
        model="gpt-4o",
        temperature=0,
        response_format={"type": "json_object"},
    )
    wins = {"model": 0, "human": 0, "both": 0}
    for row, predicted in disagreements:
        verdict = judge(
            messages=[
                {"role": "system", "content": JUDGE_PROMPT},
                {
                    "role": "user",
                    "content": f"Ticket: {row['subject']}\n{row['body']}\n"
                    f"model: {predicted}\nhuman: {row['category']}",
                },
            ]
        )
        winner = json.loads(verdict.choices[0].message.content).get("winner", "both")
        wins[winner] = wins.get(winner, 0) + 1
    print(json.dumps(wins, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
