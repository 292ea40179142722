"""Provider protocol shared by the registry and the REPL."""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from dataclasses import dataclass, field


@dataclass
class Message:
    role: str
    content: str

    def as_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}


@dataclass
class Reply:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    citations: list[str] = field(default_factory=list)


class BaseProvider(ABC):
    name: str = "base"

    def __init__(self, model: str, *, temperature: float = 0.3, max_tokens: int = 2048):
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens

    @abstractmethod
    async def complete(self, messages: list[Message], system: str | None = None) -> Reply:
        ...

    @abstractmethod
    def stream(self, messages: list[Message], system: str | None = None) -> AsyncIterator[str]:
        ...

    def describe(self) -> str:
        return f"{self.name}:{self.model}"

    @staticmethod
    def _with_system(messages: list[Message], system: str | None) -> list[dict[str, str]]:
        out = [{"role": "system", "content": system}] if system else []
        out.extend(m.as_dict() for m in messages)
        return out
