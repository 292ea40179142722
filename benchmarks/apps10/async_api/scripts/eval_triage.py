#!/usr/bin/env python
"""Offline comparison of the triage prompt across models.

    python scripts/eval_triage.py data/triage_gold.jsonl --models gpt-4o-mini claude-3-5-haiku-latest gemini-2.0-flash

Reads labelled tickets (subject, body, category, priority) and prints accuracy per model.
Not part of the service; run by hand when changing TRIAGE_PROMPT.
"""
import argparse
import json
import os
import sys
import time
from collections import Counter

from anthropic import Anthropic
from google import genai
from openai import OpenAI

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from app.services.triage import TRIAGE_PROMPT  # noqa: E402


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def parse(text):
    text = text.strip()
    if text.startswith("```"):
        text = text.strip("`").split("\n", 1)[1]
    try:
        return json.loads(text)
    except ValueError:
        return {}


def run_model(model, example, clients):
    user = f"Subject: {example['subject']}\n\n{example['body']}"
    if model.startswith("claude"):
        msg = clients["anthropic"].messages.create(
            model=model,
            max_tokens=200,
            system=TRIAGE_PROMPT,
            messages=[{"role": "user", "content": user}],
        )
        return parse(msg.content[0].text)
    if model.startswith("gemini"):
        resp = clients["google"].models.generate_content(
            model=model,
            contents=user,
            config={"system_instruction": TRIAGE_PROMPT, "response_mime_type": "application/json"},
        )
        return parse(resp.text)
    resp = clients["openai"].chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": TRIAGE_PROMPT}, {"role": "user", "content": user}],
        response_format={"type": "json_object"},
        temperature=0,
    )
    return parse(resp.choices[0].message.content)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--models", nargs="+", default=["gpt-4o-mini"])
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args()

    examples = load(args.gold)[: args.limit]
    clients = {"openai": OpenAI(), "anthropic": Anthropic(), "google": genai.Client()}

    for model in args.models:
        hits = Counter()
        started = time.time()
        for ex in examples:
            out = run_model(model, ex, clients)
            hits["category"] += out.get("category") == ex["category"]
            hits["priority"] += out.get("priority") == ex["priority"]
        n = len(examples) or 1
        print(
            f"{model:32s} category={hits['category'] / n:.3f} priority={hits['priority'] / n:.3f} "
            f"({time.time() - started:.0f}s)"
        )


if __name__ == "__main__":
    main()
