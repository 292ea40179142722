"""Distillation data: collect teacher responses from big open models on Together.

Written before the wrappers existed; talks to the raw clients from the registry.
"""
from __future__ import annotations

import logging
from typing import Any

from tenacity import retry, stop_after_attempt, wait_random_exponential

from ..registry import RAW_CLIENTS

log = logging.getLogger(__name__)

TEACHERS = [
    "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    "Qwen/Qwen2.5-72B-Instruct-Turbo",
    "deepseek-ai/DeepSeek-V3",
]


@retry(wait=wait_random_exponential(min=1, max=60), stop=stop_after_attempt(6))
def teacher_response(instruction: str, teacher: str, max_tokens: int = 1024) -> dict[str, Any]:
    client = RAW_CLIENTS["together"]()
    resp = client.chat.completions.create(
        model=teacher,
        messages=[{"role": "user", "content": instruction}],
        temperature=0.7,
        top_p=0.95,
        max_tokens=max_tokens,
    )
    return {
        "instruction": instruction,
        "response": resp.choices[0].message.content,
        "teacher": teacher,
        "tokens": resp.usage.completion_tokens,
    }


def best_of_teachers(instruction: str, grader_model: str = "gpt-4o-mini") -> dict[str, Any]:
    """Ask every teacher, let a cheap OpenAI grader pick the best response."""
    candidates = [teacher_response(instruction, t) for t in TEACHERS]
    listing = "\n\n".join(f"[{i}] {c['response']}" for i, c in enumerate(candidates))
    grader = RAW_CLIENTS["openai"]()
    verdict = grader.chat.completions.create(
        model=grader_model,
        messages=[
            {"role": "system", "content": "Pick the best response. Reply with its index only."},
            {"role": "user", "content": f"Instruction: {instruction}\n\n{listing}"},
        ],
        max_tokens=3,
        temperature=0.0,
    )
    try:
        idx = int(verdict.choices[0].message.content.strip().strip("[]"))
    except (TypeError, ValueError):
        log.warning("grader returned junk, defaulting to teacher 0")
        idx = 0
    return candidates[min(idx, len(candidates) - 1)]
