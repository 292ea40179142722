"""Plain data types shared across suites, adapters and graders."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional


class HarnessError(Exception):
    """Base class for errors raised by the harness itself."""


class AdapterNotFound(HarnessError):
    pass


class GenerationError(HarnessError):
    def __init__(self, adapter: str, model: str, cause: BaseException):
        super().__init__(f"{adapter}/{model}: {cause}")
        self.adapter = adapter
        self.model = model
        self.cause = cause


@dataclass
class Message:
    role: str
    content: str


@dataclass
class Prompt:
    messages: List[Message]
    system: Optional[str] = None
    max_tokens: Optional[int] = None
    temperature: Optional[float] = None
    stop: Optional[List[str]] = None

    @classmethod
    def from_text(cls, text: str, system: Optional[str] = None) -> "Prompt":
        return cls(messages=[Message("user", text)], system=system)

    def as_openai_messages(self) -> List[Dict[str, str]]:
        out: List[Dict[str, str]] = []
        if self.system:
            out.append({"role": "system", "content": self.system})
        out.extend({"role": m.role, "content": m.content} for m in self.messages)
        return out

    def last_user_text(self) -> str:
        for m in reversed(self.messages):
            if m.role == "user":
                return m.content
        return ""


@dataclass
class Completion:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    latency_s: float = 0.0
    finish_reason: Optional[str] = None
    extra: Dict[str, Any] = field(default_factory=dict)
    cached: bool = False

    def to_dict(self) -> Dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class Sample:
    id: str
    input: str
    reference: Optional[str] = None
    metadata: Dict[str, Any] = field(default_factory=dict)


@dataclass
class GradeResult:
    sample_id: str
    grader: str
    score: float
    passed: Optional[bool] = None
    rationale: Optional[str] = None
    extra: Dict[str, Any] = field(default_factory=dict)
