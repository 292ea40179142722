#!/usr/bin/env python
"""Compare the production classifier against a GPT-4o judge on a labelled sample.

    python scripts/eval_classifier.py labelled_sample.jsonl --limit 200
"""
import argparse
import json
import os
from collections import Counter

from openai import OpenAI

from docproc.schemas import DOC_TYPES
from docproc.services.classifier import DocumentClassifier

JUDGE_MODEL = "gpt-4o-2024-08-06"


def judge(client: OpenAI, text: str) -> str:
    completion = client.chat.completions.create(
        model=JUDGE_MODEL,
        temperature=0,
        messages=[
            {
                "role": "system",
                "content": "Classify the legal document. Answer with exactly one of: " + ", ".join(DOC_TYPES),
            },
            {"role": "user", "content": text[:20000]},
        ],
    )
    answer = completion.choices[0].message.content.strip().lower()
    return answer if answer in DOC_TYPES else "other"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sample")
    parser.add_argument("--limit", type=int, default=100)
    args = parser.parse_args()

    client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    classifier = DocumentClassifier()
    stats = Counter()
    with open(args.sample) as fh:
        for i, line in enumerate(fh):
            if i >= args.limit:
                break
            row = json.loads(line)
            ours = classifier.classify(row["text"], filename=row.get("filename")).doc_type
            theirs = judge(client, row["text"])
            stats["n"] += 1
            stats["ours_correct"] += ours == row["label"]
            stats["judge_correct"] += theirs == row["label"]
            stats["agree"] += ours == theirs
    n = max(stats["n"], 1)
    print(f"n={stats['n']} ours={stats['ours_correct'] / n:.3f} judge={stats['judge_correct'] / n:.3f} agree={stats['agree'] / n:.3f}")


if __name__ == "__main__":
    main()
