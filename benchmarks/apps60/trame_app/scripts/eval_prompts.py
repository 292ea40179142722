#!/usr/bin/env python
"""Compare prompt versions across providers on a fixed question set.

Results go to eval/results.jsonl; cost is estimated, not billed-exact.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import anthropic
from openai import OpenAI

from assistant.llm.prompts import SYSTEM_ANALYST
from assistant.llm.tokens import completion_cost

QUESTIONS = [
    "What does a heavy right tail in a histogram of reaction times suggest?",
    "How should I handle sensor dropouts encoded as -9999?",
    "When is a log scale misleading on a scatter plot?",
]


def run_claude(client: anthropic.Anthropic, q: str) -> dict:
    t0 = time.time()
    msg = client.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=400,
        system=SYSTEM_ANALYST,
        messages=[{"role": "user", "content": q}],
    )
    return {
        "provider": "anthropic",
        "answer": msg.content[0].text,
        "latency": time.time() - t0,
        "cost": completion_cost(msg.model, msg.usage.input_tokens, msg.usage.output_tokens),
    }


def run_groq_compat(q: str) -> dict:
    # Groq through the OpenAI SDK: handy to reuse the same response parsing
    client = OpenAI(base_url="https://api.groq.com/openai/v1", api_key=os.environ["GROQ_API_KEY"])
    t0 = time.time()
    r = client.chat.completions.create(
        model="llama-3.3-70b-versatile",
        messages=[{"role": "system", "content": SYSTEM_ANALYST}, {"role": "user", "content": q}],
    )
    return {"provider": "groq", "answer": r.choices[0].message.content, "latency": time.time() - t0}


def main():
    out = Path("eval/results.jsonl")
    out.parent.mkdir(exist_ok=True)
    claude = anthropic.Anthropic()
    with out.open("a") as fh:
        for q in QUESTIONS:
            for row in (run_claude(claude, q), run_groq_compat(q)):
                fh.write(json.dumps({"question": q, **row}) + "\n")


if __name__ == "__main__":
    main()
