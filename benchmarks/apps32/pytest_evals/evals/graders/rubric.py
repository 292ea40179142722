"""Rubric grading through litellm so the judge model can be any provider.

TODO(mara): move this onto multi_model_service like faithfulness.py once the
service supports response_format.
"""
from __future__ import annotations

import json
from typing import Dict, List

import litellm
from litellm import completion

RUBRIC_SYSTEM = (
    "Score the response against each rubric criterion with 0 or 1. "
    'Return JSON {"criteria": {"<name>": 0|1, ...}}.'
)


def rubric_grade(
    response_text: str, criteria: List[str], judge_model: str = "gpt-4o"
) -> Dict[str, int]:
    rubric = "\n".join(f"- {c}" for c in criteria)
    result = completion(
        model=judge_model,
        temperature=0,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": RUBRIC_SYSTEM},
            {"role": "user", "content": f"Rubric:\n{rubric}\n\nResponse:\n{response_text}"},
        ],
    )
    data = json.loads(result.choices[0].message.content or "{}")
    return {k: int(v) for k, v in data.get("criteria", {}).items()}


async def arubric_grade(response_text: str, criteria: List[str], judge_model: str = "gpt-4o"):
    rubric = "\n".join(f"- {c}" for c in criteria)
    result = await litellm.acompletion(
        model=judge_model,
        temperature=0,
        messages=[
            {"role": "system", "content": RUBRIC_SYSTEM},
            {"role": "user", "content": f"Rubric:\n{rubric}\n\nResponse:\n{response_text}"},
        ],
    )
    data = json.loads(result.choices[0].message.content or "{}")
    return {k: int(v) for k, v in data.get("criteria", {}).items()}
