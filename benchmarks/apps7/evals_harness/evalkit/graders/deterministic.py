"""Cheap graders that need no model."""
from __future__ import annotations

import json
import re
import string
from typing import List, Optional

from evalkit.graders import Grader
from evalkit.schemas import GradeResult, ModelOutput, TestCase

_PUNCT = str.maketrans("", "", string.punctuation)


def normalize(text: str) -> str:
    return " ".join(text.lower().translate(_PUNCT).split())


class ExactMatch(Grader):
    name = "exact_match"

    def __init__(self, normalize_text: bool = True) -> None:
        self.normalize_text = normalize_text

    def grade(self, case: TestCase, output: ModelOutput) -> GradeResult:
        if case.reference is None:
            return GradeResult(self.name, 0.0, False, rationale="no reference")
        a, b = output.text, case.reference
        if self.normalize_text:
            a, b = normalize(a), normalize(b)
        ok = a == b
        return GradeResult(self.name, float(ok), ok)


class RegexMatch(Grader):
    name = "regex"

    def __init__(self, pattern: Optional[str] = None, flags: str = "") -> None:
        self.pattern = pattern
        self.flags = re.IGNORECASE if "i" in flags else 0

    def grade(self, case: TestCase, output: ModelOutput) -> GradeResult:
        pattern = case.metadata.get("regex") or self.pattern
        if not pattern:
            return GradeResult(self.name, 0.0, False, rationale="no pattern")
        ok = re.search(pattern, output.text, self.flags) is not None
        return GradeResult(self.name, float(ok), ok)


class JSONValid(Grader):
    name = "json_valid"

    def __init__(self, required_keys: Optional[List[str]] = None) -> None:
        self.required_keys = required_keys or []

    def grade(self, case: TestCase, output: ModelOutput) -> GradeResult:
        text = output.text.strip()
        if text.startswith("```"):
            text = text.strip("`").split("\n", 1)[-1]
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            return GradeResult(self.name, 0.0, False, rationale=str(exc))
        missing = [k for k in self.required_keys if k not in data]
        ok = not missing
        return GradeResult(self.name, float(ok), ok, rationale=f"missing: {missing}" if missing else None)


def _lcs(a: List[str], b: List[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, start=1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[-1]))
        prev = cur
    return prev[-1]


class RougeL(Grader):
    name = "rouge_l"

    def __init__(self, threshold: float = 0.5) -> None:
        self.threshold = threshold

    def grade(self, case: TestCase, output: ModelOutput) -> GradeResult:
        if not case.reference:
            return GradeResult(self.name, 0.0, False, rationale="no reference")
        hyp, ref = normalize(output.text).split(), normalize(case.reference).split()
        if not hyp or not ref:
            return GradeResult(self.name, 0.0, False)
        lcs = _lcs(hyp, ref)
        p, r = lcs / len(hyp), lcs / len(ref)
        f = 0.0 if lcs == 0 else 2 * p * r / (p + r)
        return GradeResult(self.name, round(f, 4), f >= self.threshold)
