"""Pairwise comparison against a baseline run (A/B), with position swapping.

Used by `evalkit compare`; judge calls go through the litellm router so that an
outage at one vendor doesn't block the comparison job.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import List, Optional

from litellm import acompletion

from evalkit.models.clients import get_judge_router
from evalkit.schemas import ModelOutput, TestCase

logger = logging.getLogger(__name__)

PAIRWISE_PROMPT = """Compare two answers to the same user question.

QUESTION:
{question}

ANSWER 1:
{first}

ANSWER 2:
{second}

Which answer is more helpful and correct? Reply with exactly one of: "1", "2", "tie",
on the last line, after a short justification."""

_LAST_LINE = re.compile(r"(1|2|tie)\s*$", re.IGNORECASE)


@dataclass
class PairwiseOutcome:
    case_id: str
    winner: str  # "candidate" | "baseline" | "tie"
    votes: List[str]


def _parse_vote(text: str) -> Optional[str]:
    m = _LAST_LINE.search(text.strip())
    return m.group(1).lower() if m else None


def _messages(case: TestCase, first: str, second: str):
    return [{"role": "user", "content": PAIRWISE_PROMPT.format(question=case.prompt, first=first, second=second)}]


def _resolve(case_id: str, votes: List[Optional[str]]) -> PairwiseOutcome:
    # votes[0]: candidate shown first; votes[1]: baseline shown first
    mapped = []
    for i, v in enumerate(votes):
        if v in (None, "tie"):
            mapped.append("tie")
        elif (v == "1") == (i == 0):
            mapped.append("candidate")
        else:
            mapped.append("baseline")
    winner = mapped[0] if mapped[0] == mapped[1] else "tie"
    return PairwiseOutcome(case_id, winner, mapped)


class PairwiseJudge:
    def __init__(self, fallback_model: str = "gpt-4o-mini") -> None:
        self._router = get_judge_router()
        self.fallback_model = fallback_model

    def compare(self, case: TestCase, candidate: ModelOutput, baseline: ModelOutput) -> PairwiseOutcome:
        votes: List[Optional[str]] = []
        for first, second in ((candidate.text, baseline.text), (baseline.text, candidate.text)):
            resp = self._router.completion(
                model="judge",
                messages=_messages(case, first, second),
                temperature=0,
                max_tokens=400,
            )
            votes.append(_parse_vote(resp.choices[0].message.content or ""))
        return _resolve(case.id, votes)

    async def acompare(self, case: TestCase, candidate: ModelOutput, baseline: ModelOutput) -> PairwiseOutcome:
        # cheaper single-model path used for quick local comparisons
        votes: List[Optional[str]] = []
        for first, second in ((candidate.text, baseline.text), (baseline.text, candidate.text)):
            resp = await acompletion(
                model=self.fallback_model,
                messages=_messages(case, first, second),
                temperature=0,
                max_tokens=400,
            )
            votes.append(_parse_vote(resp.choices[0].message.content or ""))
        return _resolve(case.id, votes)
