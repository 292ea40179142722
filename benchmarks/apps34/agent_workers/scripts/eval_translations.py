#!/usr/bin/env python
"""Offline eval: translate a fixture set and have a judge model score each pair."""
from __future__ import annotations

import asyncio
import csv
import statistics
import sys

from agent_workers.config import get_settings
from agent_workers.plugins.translate import translate_chunk
from agent_workers.services import TaskComplexity, multi_model_service
from agent_workers.toolbox import Toolbox

JUDGE_PROMPT = (
    "Score this translation from 1 to 5 for fidelity and fluency. Reply with the number only.\n\n"
    "Source:\n{src}\n\nTranslation:\n{dst}"
)


async def judge_openai(box: Toolbox, src: str, dst: str) -> int:
    resp = await box.openai.responses.create(
        model="gpt-4.1", input=JUDGE_PROMPT.format(src=src, dst=dst), max_output_tokens=8
    )
    return int(resp.output_text.strip()[0])


async def judge_tracked(src: str, dst: str) -> int:
    resp = await multi_model_service.generate_response(
        prompt=JUDGE_PROMPT.format(src=src, dst=dst), task_type="eval.translate", complexity=TaskComplexity.STANDARD
    )
    return int(resp["content"].strip()[0])


async def main(path: str, target: str) -> None:
    box = Toolbox.create(get_settings())
    model = box.settings.models.translate
    scores: list[int] = []
    with open(path) as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        dst, _, _ = await translate_chunk(box.anthropic, model, f"Translate to {target}.", row["text"])
        score = await (judge_tracked(row["text"], dst) if "--tracked" in sys.argv else judge_openai(box, row["text"], dst))
        scores.append(score)
        print(f"{row['id']}\t{score}")
    print(f"mean={statistics.mean(scores):.2f} n={len(scores)}")
    await box.aclose()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "de"))
