# Original judge from the 2023 harness. Still used by `evalh grade --legacy` to re-score old
# runs so that numbers stay comparable with the published tables. Don't extend it; new
# grading goes in judge.py / rubric.py.
import logging
import os
import re
import time

import httpx
import requests

from evalharness.config import ANTHROPIC_API_VERSION, ANTHROPIC_MESSAGES_URL
from evalharness.graders.base import Grader
from evalharness.types import GradeResult

logger = logging.getLogger(__name__)

V1_PROMPT = """[Instruction]
Please act as an impartial judge and evaluate whether the response below correctly answers the
question, given the reference. Output your final verdict strictly as "[[CORRECT]]" or "[[INCORRECT]]".

[Question]
{question}

[Reference]
{reference}

[Response]
{response}
"""

_VERDICT = re.compile(r"\[\[(CORRECT|INCORRECT)\]\]")


def _claude_judge(prompt, model="claude-3-5-sonnet-20240620", retries=3):
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": ANTHROPIC_API_VERSION,
        "content-type": "application/json",
    }
    body = {"model": model, "max_tokens": 256, "messages": [{"role": "user", "content": prompt}]}
    for attempt in range(retries):
        r = requests.post(ANTHROPIC_MESSAGES_URL, headers=headers, json=body, timeout=60)
        if r.status_code in (429, 529) and attempt < retries - 1:
            time.sleep(2 ** attempt * 5)
            continue
        r.raise_for_status()
        return r.json()["content"][0]["text"]
    raise RuntimeError("unreachable")


def _gpt4_judge(prompt, model="gpt-4-0613"):
    resp = httpx.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={"model": model, "temperature": 0, "messages": [{"role": "user", "content": prompt}]},
        timeout=60.0,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


class LegacyJudgeGrader(Grader):
    name = "legacy_judge"

    def __init__(self, backend="gpt4"):
        if backend not in ("gpt4", "claude"):
            raise ValueError(backend)
        self.backend = backend

    def grade(self, sample, completion):
        prompt = V1_PROMPT.format(
            question=sample.input, reference=sample.reference or "", response=completion.text
        )
        text = _gpt4_judge(prompt) if self.backend == "gpt4" else _claude_judge(prompt)
        m = _VERDICT.search(text)
        ok = bool(m and m.group(1) == "CORRECT")
        return GradeResult(sample_id=sample.id, grader=self.name, score=float(ok), passed=ok,
                           rationale=text[-300:])
