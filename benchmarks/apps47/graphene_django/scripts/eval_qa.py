#!/usr/bin/env python
"""Offline evaluation of the Q&A pipeline against a golden set.

    DJANGO_SETTINGS_MODULE=content_platform.settings python scripts/eval_qa.py golden.json
"""
import json
import sys

import django

django.setup()

from ai.clients import get_anthropic_client, get_genai_client, get_voyage_client  # noqa: E402
from ai.services.qa import QuestionAnswerer  # noqa: E402

JUDGE_PROMPT = """Reference answer: {expected}
Candidate answer: {actual}
Does the candidate agree with the reference? Reply YES or NO."""


def judge(client, expected: str, actual: str) -> bool:
    verdict = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=5,
        messages=[{"role": "user", "content": JUDGE_PROMPT.format(expected=expected, actual=actual)}],
    )
    return verdict.content[0].text.strip().upper().startswith("YES")


def main(path: str) -> None:
    with open(path) as fh:
        golden = json.load(fh)
    answerer = QuestionAnswerer(gemini=get_genai_client(), voyage=get_voyage_client())
    judge_client = get_anthropic_client()
    correct = 0
    for case in golden:
        answer = answerer.answer(case["question"], article_id=case.get("article_id"))
        ok = judge(judge_client, case["expected"], answer.text)
        correct += ok
        print(("PASS" if ok else "FAIL"), case["question"][:70])
    print(f"{correct}/{len(golden)} correct")


if __name__ == "__main__":
    main(sys.argv[1])
