#!/usr/bin/env python
"""Nightly answer-quality eval: ask every model the golden questions, grade with Claude."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import claude, client  # noqa: E402
from shared.llm import get_mistral  # noqa: E402

GOLDEN = Path(__file__).with_name("golden.json")


def ask_openai(question: str) -> str:
    response = client.responses.create(model="gpt-4.1-mini", input=question)
    return response.output_text


def ask_mistral(question: str) -> str:
    res = get_mistral().chat.complete(
        model="mistral-small-latest", messages=[{"role": "user", "content": question}]
    )
    return res.choices[0].message.content


def grade(question: str, expected: str, answer: str) -> bool:
    msg = claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=5,
        messages=[{"role": "user", "content": f"Q: {question}\nExpected: {expected}\nGot: {answer}\nPASS or FAIL?"}],
    )
    return msg.content[0].text.strip().upper() == "PASS"


def main() -> None:
    golden = json.loads(GOLDEN.read_text())
    for item in golden:
        for ask in (ask_openai, ask_mistral):
            answer = ask(item["question"])
            print(ask.__name__, grade(item["question"], item["expected"], answer))


if __name__ == "__main__":
    main()
