"""Plain data containers passed between commands, plugins and backends."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Dict, List, Optional


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass
class ChatMessage:
    role: str
    content: str

    def as_dict(self) -> Dict[str, str]:
        return {"role": self.role, "content": self.content}


@dataclass
class Completion:
    """Normalised result of a backend call (not the SDK object)."""

    text: str
    model: str
    backend: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    raw: Any = None

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass
class ReviewFinding:
    path: str
    line: Optional[int]
    severity: Severity
    message: str
    suggestion: Optional[str] = None


@dataclass
class SearchHit:
    path: str
    chunk: str
    score: float


@dataclass
class PluginInfo:
    name: str
    version: str
    source: str  # "builtin" or the distribution name
    description: str = ""
    commands: List[str] = field(default_factory=list)
    enabled: bool = True
