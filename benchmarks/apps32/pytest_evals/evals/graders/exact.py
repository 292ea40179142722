"""Deterministic graders (no model calls)."""
from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass
from typing import Iterable


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().strip()
    text = text.translate(str.maketrans("", "", string.punctuation))
    return re.sub(r"\s+", " ", text)


@dataclass
class ExactMatch:
    case_sensitive: bool = False

    def grade(self, expected: str, actual: str) -> float:
        if self.case_sensitive:
            return float(expected.strip() == actual.strip())
        return float(normalize(expected) == normalize(actual))


class RegexGrader:
    def __init__(self, pattern: str, flags: int = re.I) -> None:
        self.pattern = re.compile(pattern, flags)

    def grade(self, actual: str) -> float:
        return float(bool(self.pattern.search(actual)))

    def generate(self, examples: Iterable[str]) -> list[str]:
        """Return the examples this pattern accepts (used to sanity-check rubrics)."""
        return [e for e in examples if self.pattern.search(e)]


def token_f1(expected: str, actual: str) -> float:
    exp = normalize(expected).split()
    act = normalize(actual).split()
    if not exp or not act:
        return float(exp == act)
    common = sum(min(exp.count(t), act.count(t)) for t in set(exp))
    if common == 0:
        return 0.0
    precision = common / len(act)
    recall = common / len(exp)
    return 2 * precision * recall / (precision + recall)
