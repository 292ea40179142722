#!/usr/bin/env python
"""Compare summary prompts across models on the golden set (data/golden/*.txt)."""
import asyncio
import glob
import json
import sys

from anthropic import Anthropic
from openai import OpenAI

from app.llm.prompts import SUMMARIZE, render, render_anthropic
from app.services.multi_model_service import TaskComplexity, multi_model_service

CANDIDATES = ["gpt-4o-mini", "claude-3-5-haiku-20241022", "claude-3-5-sonnet-20241022"]


def run_one(model: str, text: str) -> str:
    if model.startswith("claude"):
        claude = Anthropic()
        system, messages = render_anthropic(SUMMARIZE, doc_type="contract", max_words=150, text=text)
        return claude.messages.create(model=model, max_tokens=600, system=system, messages=messages).content[0].text
    oai = OpenAI()
    out = oai.chat.completions.create(
        model=model, messages=render(SUMMARIZE, doc_type="contract", max_words=150, text=text)
    )
    return out.choices[0].message.content


async def judge(reference: str, candidate: str) -> str:
    return await multi_model_service.generate_response(
        prompt=f"Score 1-10 how faithful the candidate is to the reference.\nREF:\n{reference}\nCAND:\n{candidate}",
        task_type="eval_judge",
        complexity=TaskComplexity.AGENTIC,
    )


def main(pattern: str = "data/golden/*.txt") -> None:
    results = []
    for path in sorted(glob.glob(pattern)):
        text = open(path, encoding="utf-8").read()
        outputs = {m: run_one(m, text) for m in CANDIDATES}
        scores = {m: asyncio.run(judge(outputs[CANDIDATES[-1]], o)) for m, o in outputs.items()}
        results.append({"file": path, "scores": scores})
    json.dump(results, sys.stdout, indent=2)


if __name__ == "__main__":
    main(*sys.argv[1:])
