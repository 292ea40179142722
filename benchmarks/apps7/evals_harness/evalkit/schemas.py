"""Plain data containers passed between the loader, runner, graders and writers."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional


@dataclass
class TestCase:
    __test__ = False  # keep pytest from trying to collect this

    id: str
    prompt: str
    system_prompt: Optional[str] = None
    reference: Optional[str] = None
    context: List[str] = field(default_factory=list)
    tags: List[str] = field(default_factory=list)
    metadata: Dict[str, Any] = field(default_factory=dict)


@dataclass
class ModelOutput:
    text: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0
    latency_s: float = 0.0
    ttft_s: Optional[float] = None
    cost_usd: Optional[float] = None
    raw_id: Optional[str] = None
    cached: bool = False
    error: Optional[str] = None

    def to_dict(self) -> Dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "ModelOutput":
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    @classmethod
    def failed(cls, model: str, provider: str, error: str) -> "ModelOutput":
        return cls(text="", model=model, provider=provider, error=error)


@dataclass
class GradeResult:
    grader: str
    score: float
    passed: bool
    rationale: Optional[str] = None
    metadata: Dict[str, Any] = field(default_factory=dict)


@dataclass
class CaseResult:
    case: TestCase
    model_spec: str
    output: ModelOutput
    grades: List[GradeResult] = field(default_factory=list)
    metrics: Dict[str, float] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return self.output.error is None and all(g.passed for g in self.grades)

    def flat(self) -> Dict[str, Any]:
        row: Dict[str, Any] = {
            "case_id": self.case.id,
            "model": self.model_spec,
            "output": self.output.text,
            "error": self.output.error or "",
            "input_tokens": self.output.input_tokens,
            "output_tokens": self.output.output_tokens,
            "latency_s": round(self.output.latency_s, 3),
            "cached": self.output.cached,
            "passed": self.passed,
        }
        for g in self.grades:
            row[f"grade.{g.grader}"] = g.score
        for name, value in self.metrics.items():
            row[f"metric.{name}"] = value
        return row
