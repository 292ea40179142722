"""Quick-and-dirty persona eval before changing a model id.

Runs the questions in scripts/eval_questions.txt through the xAI and Fireworks
personas and has Grok grade the answers 1-5. Prints a table; nothing is stored.

    python -m scripts.eval_personas --fireworks-model accounts/fireworks/models/llama4-maverick-instruct-basic
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
from pathlib import Path

from fireworks import Fireworks
from openai import OpenAI

from shared.personas import personas

QUESTIONS = Path(__file__).with_name("eval_questions.txt")

GRADER_PROMPT = """Grade the answer to the question from 1 (useless) to 5 (excellent) for a
friendly community help bot. Reply with only the number.

Question: {q}
Answer: {a}"""


def main(argv=None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fireworks-model", default=None)
    parser.add_argument("--grader", default="grok-3")
    args = parser.parse_args(argv)

    grok = OpenAI(api_key=os.environ["XAI_API_KEY"], base_url="https://api.x.ai/v1")
    fw = Fireworks(api_key=os.environ["FIREWORKS_API_KEY"])
    coder = personas().get("coder")
    model = args.fireworks_model or coder.model
    questions = [q.strip() for q in QUESTIONS.read_text().splitlines() if q.strip()]

    scores = []
    for q in questions:
        answer = fw.chat.completions.create(
            model=model,
            messages=[coder.system_message(), {"role": "user", "content": q}],
            max_tokens=coder.max_tokens,
            temperature=coder.temperature,
        ).choices[0].message.content
        grade = grok.chat.completions.create(
            model=args.grader,
            messages=[{"role": "user", "content": GRADER_PROMPT.format(q=q, a=answer)}],
            max_tokens=3,
            temperature=0,
        )
        match = re.search(r"[1-5]", grade.choices[0].message.content or "")
        score = int(match.group()) if match else 0
        scores.append(score)
        print(f"{score}  {q[:70]}")
    if scores:
        print(f"\n{model}: mean {statistics.mean(scores):.2f} over {len(scores)} questions")


if __name__ == "__main__":
    main()
