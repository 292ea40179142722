#!/usr/bin/env python
"""Compare the classify prompt across a couple of cheap models.

    python scripts/eval_prompts.py data/tickets_labelled.jsonl
"""
import collections
import json
import os
import sys

import urllib3
from openai import OpenAI
from together import Together

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from chalicelib import prompts  # noqa: E402
from chalicelib.llm import parse_label  # noqa: E402

together = Together()
pplx = OpenAI(api_key=os.environ.get("PERPLEXITY_API_KEY"), base_url="https://api.perplexity.ai")
http = urllib3.PoolManager()
GROQ_URL = "https://api.groq.com/openai/v1/chat/completions"


def ask_together(ticket: str) -> str:
    resp = together.chat.completions.create(
        model="meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
        messages=[
            {"role": "system", "content": prompts.CLASSIFY_SYSTEM},
            {"role": "user", "content": prompts.classify_prompt(ticket)},
        ],
        max_tokens=5,
        temperature=0,
    )
    return resp.choices[0].message.content


def ask_sonar(ticket: str) -> str:
    resp = pplx.chat.completions.create(
        model="sonar",
        messages=[{"role": "user", "content": prompts.classify_prompt(ticket)}],
        max_tokens=5,
    )
    return resp.choices[0].message.content


def ask_groq_raw(ticket: str) -> str:
    r = http.request(
        "POST",
        GROQ_URL,
        body=json.dumps({
            "model": "llama-3.1-8b-instant",
            "messages": [{"role": "user", "content": prompts.classify_prompt(ticket)}],
            "max_tokens": 5,
        }),
        headers={
            "Authorization": f"Bearer {os.environ['GROQ_API_KEY']}",
            "Content-Type": "application/json",
        },
    )
    return json.loads(r.data)["choices"][0]["message"]["content"]


BACKENDS = {"together": ask_together, "sonar": ask_sonar, "groq": ask_groq_raw}


def main(path: str) -> None:
    rows = [json.loads(line) for line in open(path)]
    scores = collections.Counter()
    for row in rows:
        for name, fn in BACKENDS.items():
            label = parse_label(fn(row["text"]), prompts.CLASSIFY_LABELS)
            scores[name] += int(label == row["label"])
    for name, correct in scores.most_common():
        print(f"{name:10s} {correct}/{len(rows)} = {correct / len(rows):.1%}")


if __name__ == "__main__":
    main(sys.argv[1])
