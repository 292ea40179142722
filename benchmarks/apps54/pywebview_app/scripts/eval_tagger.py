#!/usr/bin/env python3
"""Compare Mistral tags with a GPT-4o judge on a labelled sample (eval/tags.jsonl)."""
import json
import os
import statistics
import sys
from pathlib import Path

from mistralai import Mistral
from openai import OpenAI

from backend.llm import prompts
from backend.services.tagger import parse_tags

SAMPLE = Path(__file__).resolve().parent.parent / "eval" / "tags.jsonl"

JUDGE = """Gold tags: {gold}
Predicted tags: {pred}
Score the prediction 0-10 for usefulness as note tags. Reply with the number only."""


def load_sample(path=SAMPLE):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main():
    mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    judge = OpenAI()
    scores = []
    for row in load_sample():
        prompt = prompts.TAG_PROMPT.format(existing="(none)", title=row["title"], body=row["body"])
        resp = mistral.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": prompt}])
        pred = parse_tags(resp.choices[0].message.content)
        verdict = judge.chat.completions.create(
            model="gpt-4o",
            messages=[{"role": "user", "content": JUDGE.format(gold=row["tags"], pred=pred)}],
            temperature=0,
        )
        try:
            scores.append(float(verdict.choices[0].message.content.strip()))
        except ValueError:
            continue
        print(f"{row['title'][:40]:40} gold={row['tags']} pred={pred}")
    if scores:
        print(f"\nmean={statistics.mean(scores):.2f} n={len(scores)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
