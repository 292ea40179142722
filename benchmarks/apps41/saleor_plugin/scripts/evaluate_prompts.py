#!/usr/bin/env python
"""Compare description prompts across providers on a CSV sample.

Usage: python scripts/evaluate_prompts.py sample.csv --out results.jsonl
"""
import argparse
import csv
import json
import os
import sys

import anthropic
import voyageai
from together import Together

JUDGE_PROMPT = (
    "Rate the following product description from 1 to 5 for accuracy and tone. "
    "Answer with the number only.\n\n{text}"
)


def judge(client, text):
    msg = client.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=5,
        messages=[{"role": "user", "content": JUDGE_PROMPT.format(text=text)}],
    )
    try:
        return int(msg.content[0].text.strip()[0])
    except (ValueError, IndexError):
        return None


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("csv_path")
    parser.add_argument("--out", default="results.jsonl")
    parser.add_argument("--limit", type=int, default=50)
    args = parser.parse_args(argv)

    claude = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
    together = Together()
    vo = voyageai.Client()

    with open(args.csv_path) as fh, open(args.out, "w") as out:
        rows = list(csv.DictReader(fh))[: args.limit]
        for row in rows:
            resp = together.chat.completions.create(
                model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
                messages=[{"role": "user", "content": f"Describe the product: {row['name']}"}],
                max_tokens=300,
            )
            candidate = resp.choices[0].message.content
            score = judge(claude, candidate)
            relevance = vo.rerank(row["name"], [candidate, row.get("description", "")], model="rerank-2")
            out.write(json.dumps({
                "name": row["name"],
                "candidate": candidate,
                "score": score,
                "relevance": [r.relevance_score for r in relevance.results],
            }) + "\n")
    print(f"wrote {len(rows)} rows to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
