from __future__ import annotations

import abc
import re
from dataclasses import dataclass
from typing import Any

_SCORE_RE = re.compile(r"\[\[(\d+(?:\.\d+)?)\]\]")


@dataclass
class JudgeVerdict:
    score: float | None
    explanation: str
    raw: Any = None

    @property
    def parsed(self) -> bool:
        return self.score is not None


def parse_bracket_score(text: str) -> float | None:
    """MT-Bench style ``[[7]]`` score extraction."""
    m = _SCORE_RE.search(text)
    return float(m.group(1)) if m else None


class Judge(abc.ABC):
    @abc.abstractmethod
    def judge(self, question: str, answer: str, reference: str | None = None) -> JudgeVerdict:
        ...
