#!/usr/bin/env python
"""Offline eval: answer a fixed question set with several models and grade them.

    python scripts/eval_answers.py eval/questions.jsonl --models gpt-4o-mini groq/llama-3.1-8b-instant
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

import litellm
from litellm import Router

GRADER_MODEL = "gpt-4o"

router = Router(
    model_list=[
        {"model_name": "candidate-fast", "litellm_params": {"model": "groq/llama-3.1-8b-instant"}},
        {"model_name": "candidate-cheap", "litellm_params": {"model": "deepseek/deepseek-chat"}},
    ],
    num_retries=2,
)


def load_questions(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def answer(model: str, question: str, context: str) -> tuple[str, float]:
    messages = [
        {"role": "system", "content": "Answer from the context only."},
        {"role": "user", "content": f"{context}\n\nQ: {question}"},
    ]
    if model.startswith("candidate-"):
        resp = router.completion(model=model, messages=messages)
    else:
        resp = litellm.completion(model=model, messages=messages, temperature=0)
    cost = litellm.completion_cost(completion_response=resp)
    return resp.choices[0].message.content or "", cost


def grade(question: str, expected: str, got: str) -> int:
    resp = litellm.completion(
        model=GRADER_MODEL,
        messages=[
            {
                "role": "user",
                "content": "Score 1-5 how well ANSWER matches EXPECTED for QUESTION. Reply with the digit only.\n"
                f"QUESTION: {question}\nEXPECTED: {expected}\nANSWER: {got}",
            }
        ],
        max_tokens=2,
    )
    try:
        return int((resp.choices[0].message.content or "0").strip()[0])
    except (ValueError, IndexError):
        return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("questions", type=Path)
    parser.add_argument("--models", nargs="+", default=["gpt-4o-mini", "candidate-fast"])
    args = parser.parse_args(argv)
    rows = load_questions(args.questions)
    for model in args.models:
        scores, costs = [], []
        for row in rows:
            got, cost = answer(model, row["question"], row.get("context", ""))
            scores.append(grade(row["question"], row["expected"], got))
            costs.append(cost)
        print(f"{model:40s} score={statistics.mean(scores):.2f} cost=${sum(costs):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
