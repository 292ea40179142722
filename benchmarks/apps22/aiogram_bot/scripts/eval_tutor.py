#!/usr/bin/env python
"""LLM-as-judge evaluation of the tutor persona on a fixed set of learner turns.

    python scripts/eval_tutor.py tests/data/eval_turns.jsonl
"""
from __future__ import annotations

import asyncio
import json
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.services import TutorService, get_anthropic, get_genai, get_openai  # noqa: E402

JUDGE_PROMPT = """You grade replies of a language tutor bot.
Learner level: {level}. Learner said: {turn}
Tutor replied: {reply}
Score 1-5 for (a) level-appropriateness, (b) correction quality, (c) friendliness.
Answer as JSON: {{"a": int, "b": int, "c": int, "comment": str}}"""


async def judge(level: str, turn: str, reply: str) -> dict:
    message = await get_anthropic().messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=300,
        messages=[{"role": "user", "content": JUDGE_PROMPT.format(level=level, turn=turn, reply=reply)}],
    )
    match = re.search(r"\{.*\}", message.content[0].text, re.S)
    return json.loads(match.group(0)) if match else {"a": 0, "b": 0, "c": 0, "comment": "unparseable"}


async def main(path: Path) -> None:
    tutor = TutorService(get_openai())
    cases = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    prompt_tokens = get_genai().models.count_tokens(
        model="gemini-2.0-flash", contents="\n".join(c["turn"] for c in cases)
    )
    print(f"{len(cases)} cases, ~{prompt_tokens.total_tokens} tokens of learner text")
    scores = []
    for i, case in enumerate(cases):
        reply = await tutor.reply(i, case["turn"], level=case["level"], target_language=case.get("language", "de"))
        verdict = await judge(case["level"], case["turn"], reply)
        scores.append((verdict["a"] + verdict["b"] + verdict["c"]) / 3)
        print(f"[{i:02d}] {scores[-1]:.2f} {verdict.get('comment', '')[:80]}")
    print(f"mean {statistics.mean(scores):.2f}  stdev {statistics.pstdev(scores):.2f}")


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1])))
