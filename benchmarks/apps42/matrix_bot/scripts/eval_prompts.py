#!/usr/bin/env python
"""Compare system prompts across models on a small set of questions.

    python scripts/eval_prompts.py questions.txt
"""
import sys
from concurrent.futures import ThreadPoolExecutor

import anthropic
import litellm

sys.path.insert(0, ".")
from bot.llm.prompts import DEFAULT_SYSTEM  # noqa: E402

MODELS = ["gpt-4o-mini", "anthropic/claude-3-5-haiku-20241022", "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"]


def judge(question: str, answers: dict) -> str:
    judge_client = anthropic.Anthropic()
    listing = "\n\n".join(f"### {m}\n{a}" for m, a in answers.items())
    msg = judge_client.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=300,
        messages=[{"role": "user", "content": f"Question: {question}\n\nWhich answer is best and why?\n\n{listing}"}],
    )
    return msg.content[0].text


def main(path: str) -> None:
    questions = [q.strip() for q in open(path, encoding="utf-8") if q.strip()]
    total_cost = 0.0
    with ThreadPoolExecutor(max_workers=6) as pool:
        for q in questions:
            futures = {
                m: pool.submit(
                    litellm.completion,
                    model=m,
                    messages=[{"role": "system", "content": DEFAULT_SYSTEM}, {"role": "user", "content": q}],
                )
                for m in MODELS
            }
            answers = {}
            for m, fut in futures.items():
                resp = fut.result()
                answers[m] = resp.choices[0].message.content
                total_cost += litellm.completion_cost(completion_response=resp)
            print(f"## {q}\n{judge(q, answers)}\n")
    print(f"total cost: ${total_cost:.4f}")


if __name__ == "__main__":
    main(sys.argv[1])
