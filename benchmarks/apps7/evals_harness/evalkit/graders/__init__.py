"""Graders score one model output for one test case."""
from __future__ import annotations

import abc
from typing import List, Sequence

from evalkit.config import GraderConfig
from evalkit.errors import ConfigError
from evalkit.schemas import GradeResult, ModelOutput, TestCase


class Grader(abc.ABC):
    name: str = "grader"

    @abc.abstractmethod
    def grade(self, case: TestCase, output: ModelOutput) -> GradeResult:
        ...


def build_graders(configs: Sequence[GraderConfig]) -> List[Grader]:
    # imported here: judge graders pull in vendor SDKs
    from evalkit.graders import deterministic, llm_judge, rubric

    graders: List[Grader] = []
    for cfg in configs:
        opts = dict(cfg.options)
        if cfg.type == "exact_match":
            graders.append(deterministic.ExactMatch(**opts))
        elif cfg.type == "regex":
            graders.append(deterministic.RegexMatch(**opts))
        elif cfg.type == "json_valid":
            graders.append(deterministic.JSONValid(**opts))
        elif cfg.type == "rouge_l":
            graders.append(deterministic.RougeL(**opts))
        elif cfg.type == "llm_judge":
            graders.append(llm_judge.make_judge(cfg.judge or "openai:gpt-4o-2024-08-06", **opts))
        elif cfg.type == "rubric":
            graders.append(rubric.RubricGrader(model=(cfg.judge or "mistral:mistral-large-latest").split(":", 1)[1], **opts))
        elif cfg.type == "safety":
            graders.append(rubric.SafetyGrader(**opts))
        else:
            raise ConfigError(f"unknown grader type {cfg.type!r}")
    return graders


__all__ = ["Grader", "build_graders"]
