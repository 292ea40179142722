#!/usr/bin/env python
"""Offline eval of the summary prompt: Claude writes, GPT-4o grades.

Fixtures are JSON files of Zulip messages in tests/fixtures/summaries/.
"""
from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path
from typing import List

from anthropic import Anthropic
from openai import OpenAI
from pydantic import BaseModel

from botlib.prompts import SUMMARY_SYSTEM, format_zulip_messages


class Grade(BaseModel):
    faithfulness: int
    coverage: int
    brevity: int
    comment: str


def summarise(client: Anthropic, transcript: str, model: str) -> str:
    msg = client.messages.create(
        model=model,
        max_tokens=700,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": transcript}],
    )
    return msg.content[0].text


def grade(judge: OpenAI, transcript: str, summary: str) -> Grade:
    completion = judge.chat.completions.parse(
        model="gpt-4o-2024-08-06",
        messages=[
            {"role": "system", "content": "Grade the summary 1-5 on faithfulness, coverage and brevity."},
            {"role": "user", "content": f"Conversation:\n{transcript}\n\nSummary:\n{summary}"},
        ],
        response_format=Grade,
    )
    return completion.choices[0].message.parsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fixtures", type=Path, default=Path("tests/fixtures/summaries"))
    ap.add_argument("--model", default="claude-3-5-sonnet-20241022")
    args = ap.parse_args()

    claude = Anthropic()
    judge = OpenAI()
    grades: List[Grade] = []
    for path in sorted(args.fixtures.glob("*.json")):
        transcript = format_zulip_messages(json.loads(path.read_text()))
        summary = summarise(claude, transcript, args.model)
        g = grade(judge, transcript, summary)
        grades.append(g)
        print(f"{path.name:40s} F={g.faithfulness} C={g.coverage} B={g.brevity}  {g.comment[:60]}")
    if grades:
        for field in ("faithfulness", "coverage", "brevity"):
            print(f"mean {field}: {statistics.mean(getattr(g, field) for g in grades):.2f}")


if __name__ == "__main__":
    main()
