#!/usr/bin/env python
"""Quick prompt A/B eval. Not run in CI; Jonas uses it before prompt changes."""
import functools
import json
import os
import sys

import anthropic
from openai import OpenAI

from app.services.prompts import CHAT_SYSTEM, SUMMARY_STYLES

oai = OpenAI()
claude = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))

ask_haiku = functools.partial(
    claude.messages.create,
    model="claude-3-5-haiku-20241022",
    max_tokens=800,
    system=CHAT_SYSTEM,
)


def run_openai(question):
    resp = oai.responses.create(
        model="gpt-4o",
        instructions=CHAT_SYSTEM,
        input=question,
    )
    return resp.output_text


def run_claude(question):
    msg = ask_haiku(messages=[{"role": "user", "content": question}])
    return msg.content[0].text


def judge(question, a, b):
    verdict = oai.chat.completions.create(
        model="gpt-4o",
        temperature=0,
        messages=[
            {"role": "system", "content": "You are a strict grader. Reply A, B or TIE."},
            {"role": "user", "content": f"Q: {question}\n\nA: {a}\n\nB: {b}"},
        ],
    )
    return verdict.choices[0].message.content.strip()


def main(path):
    with open(path) as fh:
        cases = [json.loads(line) for line in fh if line.strip()]
    tally = {"A": 0, "B": 0, "TIE": 0}
    for case in cases:
        q = case["question"]
        a, b = run_openai(q), run_claude(q)
        winner = judge(q, a, b)
        tally[winner] = tally.get(winner, 0) + 1
    print(json.dumps(tally, indent=2))
    print("styles:", ", ".join(SUMMARY_STYLES))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "evals/questions.jsonl")
