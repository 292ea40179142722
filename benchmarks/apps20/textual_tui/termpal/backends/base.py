"""Common interface for chat backends."""

from __future__ import annotations

import abc
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
    raw: object | None = field(default=None, repr=False)


class BackendError(RuntimeError):
    pass


class Backend(abc.ABC):
    """One vendor.  Subclasses live in one module per vendor."""

    name: str = "base"
    supports_embeddings: bool = False

    def __init__(self, model: str, *, temperature: float = 0.4, max_tokens: int = 1024) -> None:
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens

    @abc.abstractmethod
    async def complete(self, messages: list[Message], *, system: str | None = None) -> Reply:
        ...

    @abc.abstractmethod
    def stream(self, messages: list[Message], *, system: str | None = None) -> AsyncIterator[str]:
        ...

    async def list_models(self) -> list[str]:
        return [self.model]

    async def embed(self, texts: list[str]) -> list[list[float]]:
        raise BackendError(f"{self.name} does not support embeddings")

    @staticmethod
    def split_system(messages: list[Message]) -> tuple[str | None, list[Message]]:
        system = None
        rest: list[Message] = []
        for m in messages:
            if m.role == "system":
                system = m.content if system is None else f"{system}\n\n{m.content}"
            else:
                rest.append(m)
        return system, rest
