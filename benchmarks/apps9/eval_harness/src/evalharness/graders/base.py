from __future__ import annotations

import abc
from typing import ClassVar, Dict, Iterable, List, Type

from evalharness.types import Completion, GradeResult, Sample
from evalharness.utils import normalize_answer

GRADERS: Dict[str, Type["Grader"]] = {}


class Grader(abc.ABC):
    name: ClassVar[str]

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if getattr(cls, "name", None) and not getattr(cls, "__abstractmethods__", None):
            GRADERS[cls.name] = cls

    @abc.abstractmethod
    def grade(self, sample: Sample, completion: Completion) -> GradeResult:
        ...

    def grade_many(self, pairs: Iterable[tuple]) -> List[GradeResult]:
        return [self.grade(s, c) for s, c in pairs]


class ExactMatchGrader(Grader):
    name = "exact_match"

    def grade(self, sample: Sample, completion: Completion) -> GradeResult:
        refs = sample.metadata.get("aliases") or [sample.reference or ""]
        pred = normalize_answer(completion.text)
        ok = any(pred == normalize_answer(r) for r in refs)
        return GradeResult(sample_id=sample.id, grader=self.name, score=float(ok), passed=ok)


class ContainsGrader(Grader):
    name = "contains"

    def grade(self, sample: Sample, completion: Completion) -> GradeResult:
        refs = sample.metadata.get("aliases") or [sample.reference or ""]
        pred = normalize_answer(completion.text)
        ok = any(normalize_answer(r) in pred for r in refs if r)
        return GradeResult(sample_id=sample.id, grader=self.name, score=float(ok), passed=ok)
