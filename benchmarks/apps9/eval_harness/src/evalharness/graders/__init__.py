"""Graders. `get_grader(name, ...)` builds one by name; importing registers them all."""
from __future__ import annotations

from typing import Any

from evalharness.graders.base import GRADERS, ContainsGrader, ExactMatchGrader, Grader
from evalharness.graders.embedding_sim import EmbeddingSimilarityGrader
from evalharness.graders.factuality import WebFactualityGrader
from evalharness.graders.judge import LLMJudgeGrader, ReferenceFreeJudgeGrader
from evalharness.graders.judge_v1 import LegacyJudgeGrader
from evalharness.graders.rubric import RubricGrader


def get_grader(name: str, **kwargs: Any) -> Grader:
    try:
        cls = GRADERS[name]
    except KeyError:
        raise KeyError(f"unknown grader {name!r}; known: {sorted(GRADERS)}") from None
    return cls(**kwargs)


__all__ = [
    "GRADERS",
    "ContainsGrader",
    "EmbeddingSimilarityGrader",
    "ExactMatchGrader",
    "Grader",
    "LLMJudgeGrader",
    "LegacyJudgeGrader",
    "ReferenceFreeJudgeGrader",
    "RubricGrader",
    "WebFactualityGrader",
    "get_grader",
]
