#!/usr/bin/env python
"""Offline eval of the analyst prompts against a small golden set.

Compares the tracked route with a direct Claude judge. Results go to
``eval_results.csv``.
"""
from __future__ import annotations

import asyncio
import csv
import json
from pathlib import Path

import pandas as pd

import services
from services import prompts
from services.multi_model_service import TaskComplexity, multi_model_service

GOLDEN = Path(__file__).parent / "golden_questions.jsonl"

JUDGE_SYSTEM = (
    "You grade answers to data questions. Reply with JSON "
    '{"score": 0-5, "reason": str}. 5 = correct and concise.'
)


class EvalCase:
    def __init__(self, dataset: str, question: str, expected: str):
        self.dataset = dataset
        self.question = question
        self.expected = expected

    @classmethod
    def create(cls, row: dict) -> "EvalCase":
        return cls(row["dataset"], row["question"], row["expected"])


def load_cases() -> list[EvalCase]:
    with GOLDEN.open() as fh:
        return [EvalCase.create(json.loads(line)) for line in fh if line.strip()]


async def answer(case: EvalCase) -> str:
    df = pd.read_csv(Path("data/samples") / f"{case.dataset}.csv")
    return await multi_model_service.generate_response(
        prompt=prompts.question_prompt(df, case.dataset, case.question),
        task_type="eval",
        complexity=TaskComplexity.SIMPLE,
    )


async def judge(case: EvalCase, got: str) -> dict:
    claude = services.get_anthropic_client()
    msg = await claude.messages.create(
        model="claude-sonnet-4-20250514",
        max_tokens=200,
        system=JUDGE_SYSTEM,
        messages=[{
            "role": "user",
            "content": f"Question: {case.question}\nExpected: {case.expected}\nGot: {got}",
        }],
    )
    try:
        return json.loads(msg.content[0].text)
    except (json.JSONDecodeError, IndexError):
        return {"score": 0, "reason": "unparseable judge output"}


async def second_opinion(case: EvalCase, got: str) -> str:
    client = services.get_genai_client()
    r = await client.aio.models.generate_content(
        model="gemini-2.5-flash",
        contents=f"Is this answer plausible? Q: {case.question}\nA: {got}\nAnswer yes/no and why.",
    )
    return r.text or ""


async def main() -> None:
    rows = []
    for case in load_cases():
        got = await answer(case)
        verdict = await judge(case, got)
        opinion = await second_opinion(case, got) if verdict.get("score", 0) < 3 else ""
        rows.append({"dataset": case.dataset, "question": case.question, "got": got,
                     "score": verdict.get("score"), "reason": verdict.get("reason"), "gemini": opinion})
        print(f"{verdict.get('score')}  {case.question[:70]}")
    with open("eval_results.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["dataset"])
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    asyncio.run(main())
