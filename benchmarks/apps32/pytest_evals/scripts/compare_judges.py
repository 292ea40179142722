#!/usr/bin/env python
"""Agreement between the GPT judge and the Claude judge on a dataset."""
import asyncio
import functools
import sys

import anthropic
from openai import OpenAI

from evals.datasets.loader import load_dataset
from evals.graders.judge import AnthropicJudge, LLMJudge


async def claude_answer(client: anthropic.AsyncAnthropic, question: str) -> str:
    msg = await client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=200,
        messages=[{"role": "user", "content": question}],
    )
    return msg.content[0].text


async def gpt_answers(client: OpenAI, questions):
    ask = functools.partial(client.chat.completions.create, model="gpt-4o-mini", max_tokens=200)
    outs = []
    for q in questions:
        r = ask(messages=[{"role": "user", "content": q}])
        outs.append(r.choices[0].message.content)
    return outs


async def main(name: str):
    rows = load_dataset(name, limit=30)
    oa = OpenAI()
    ac = anthropic.Anthropic()
    aac = anthropic.AsyncAnthropic()
    gpt_judge, claude_judge = LLMJudge(oa), AnthropicJudge(ac)
    answers = await asyncio.gather(*(claude_answer(aac, r["question"]) for r in rows))
    answers += await gpt_answers(oa, [r["question"] for r in rows])
    agree = 0
    for row, ans in zip(rows * 2, answers):
        a = gpt_judge.grade(row["question"], row["answer"], ans).passed
        b = claude_judge.grade(row["question"], row["answer"], ans).passed
        agree += a == b
    print(f"agreement: {agree / len(answers):.2%}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "qa_golden"))
