#!/usr/bin/env python
"""Quick-and-dirty prompt eval: run the ASK system prompt against a set of
questions on two models and dump the answers side by side to markdown."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from anthropic import Anthropic
from openai import OpenAI

from bot.llm.prompts import ASK_SYSTEM, SUMMARY_SYSTEM

QUESTIONS_FILE = Path("data/eval_questions.json")


def run_claude(client: Anthropic, question: str, model: str) -> str:
    parts: list[str] = []
    with client.messages.stream(
        model=model,
        max_tokens=800,
        system=ASK_SYSTEM,
        messages=[{"role": "user", "content": question}],
    ) as stream:
        for text in stream.text_stream:
            parts.append(text)
    return "".join(parts)


def run_gpt(client: OpenAI, question: str, model: str, system: str = ASK_SYSTEM) -> str:
    completion = client.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": question}],
        temperature=0.4,
    )
    return completion.choices[0].message.content or ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--claude-model", default="claude-3-5-sonnet-20241022")
    ap.add_argument("--gpt-model", default="gpt-4o-mini")
    ap.add_argument("--summary", action="store_true", help="use the summary system prompt for GPT")
    ap.add_argument("--out", type=Path, default=Path("eval_out.md"))
    args = ap.parse_args()

    questions = json.loads(QUESTIONS_FILE.read_text())
    claude = Anthropic()
    gpt = OpenAI()
    system = SUMMARY_SYSTEM if args.summary else ASK_SYSTEM

    with args.out.open("w", encoding="utf-8") as fh:
        for i, q in enumerate(questions, 1):
            fh.write(f"## {i}. {q}\n\n### Claude\n\n{run_claude(claude, q, args.claude_model)}\n\n")
            fh.write(f"### GPT\n\n{run_gpt(gpt, q, args.gpt_model, system)}\n\n")
            print(f"done {i}/{len(questions)}")


if __name__ == "__main__":
    main()
