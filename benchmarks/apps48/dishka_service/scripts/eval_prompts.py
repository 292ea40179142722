#!/usr/bin/env python
"""Compare answer quality across vendors on the golden question set.

Pulls clients from the app container so it uses the same config as prod.
"""
from __future__ import annotations

import asyncio
import csv
import json
import sys
from pathlib import Path

from anthropic import AsyncAnthropic
from mistralai import Mistral
from openai import AsyncOpenAI

from app.ioc import build_container
from app.services.multi_model_service import TaskComplexity, multi_model_service

GOLDEN = Path(__file__).parent / "golden_questions.jsonl"
JUDGE_PROMPT = "Score the answer 1-5 for faithfulness to the reference. Reply with the digit only."


async def ask_all(question: str, oai: AsyncOpenAI, claude: AsyncAnthropic, mistral: Mistral) -> dict[str, str]:
    o = await oai.responses.create(model="gpt-4o-mini", input=question)
    c = await claude.messages.create(
        model="claude-3-5-haiku-20241022", max_tokens=400, messages=[{"role": "user", "content": question}]
    )
    m = await mistral.chat.complete_async(
        model="mistral-small-latest", messages=[{"role": "user", "content": question}]
    )
    return {
        "openai": o.output_text,
        "anthropic": c.content[0].text,
        "mistral": m.choices[0].message.content,
    }


async def judge(reference: str, answer: str) -> int:
    raw = await multi_model_service.generate_response(
        prompt=f"Reference:\n{reference}\n\nAnswer:\n{answer}",
        system=JUDGE_PROMPT,
        task_type="eval_judge",
        complexity=TaskComplexity.STANDARD,
        max_tokens=2,
    )
    try:
        return int(raw.strip()[0])
    except (ValueError, IndexError):
        return 0


async def main(out_path: str) -> None:
    container = build_container()
    oai = await container.get(AsyncOpenAI)
    claude = await container.get(AsyncAnthropic)
    mistral = await container.get(Mistral)
    rows = []
    try:
        for line in GOLDEN.read_text().splitlines():
            item = json.loads(line)
            answers = await ask_all(item["question"], oai, claude, mistral)
            for vendor, ans in answers.items():
                rows.append({"id": item["id"], "vendor": vendor, "score": await judge(item["reference"], ans)})
    finally:
        await container.close()
    with open(out_path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "vendor", "score"])
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "eval_results.csv"))
