#!/usr/bin/env python
"""Run the golden question set through a few models and score with a simple keyword check.

Standalone: does not need Django. Reads evals/golden.jsonl.
"""
import argparse
import json
import pathlib

import litellm

GOLDEN = pathlib.Path(__file__).resolve().parent.parent / "evals" / "golden.jsonl"
SYSTEM = "You are a support agent for Acme Cloud. Answer in at most 3 sentences."


def load_golden(path=GOLDEN):
    with open(path) as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(answer, expected_keywords):
    answer = (answer or "").lower()
    hits = sum(1 for kw in expected_keywords if kw.lower() in answer)
    return hits / max(len(expected_keywords), 1)


def run(model, items):
    batch = [
        [{"role": "system", "content": SYSTEM}, {"role": "user", "content": it["question"]}]
        for it in items
    ]
    responses = litellm.batch_completion(model=model, messages=batch, temperature=0)
    results = []
    for it, resp in zip(items, responses):
        text = resp.choices[0].message.content if hasattr(resp, "choices") else ""
        results.append({"id": it["id"], "score": score(text, it["keywords"]), "cost": litellm.completion_cost(completion_response=resp)})
    return results


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", default="openai/gpt-4o-mini,anthropic/claude-3-5-haiku-latest,groq/llama-3.1-8b-instant")
    args = ap.parse_args()
    items = load_golden()
    for model in args.models.split(","):
        res = run(model, items)
        avg = sum(r["score"] for r in res) / max(len(res), 1)
        cost = sum(r["cost"] for r in res)
        print(f"{model:45} score={avg:.2f} cost=${cost:.4f}")
