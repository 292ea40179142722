"""Provider interface used by the magics and the CLI."""
from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import Iterator


@dataclass
class Completion:
    text: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: object = field(default=None, repr=False)


class Provider(abc.ABC):
    name: str = "base"

    def __init__(self, model: str, temperature: float = 0.2, max_tokens: int = 1024):
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens

    @abc.abstractmethod
    def complete(self, messages: list[dict], system: str | None = None) -> Completion:
        ...

    def stream(self, messages: list[dict], system: str | None = None) -> Iterator[str]:
        # default: no streaming support, yield the whole answer at once
        yield self.complete(messages, system=system).text

    def __repr__(self) -> str:
        return f"<{type(self).__name__} model={self.model!r}>"


def with_system(messages: list[dict], system: str | None) -> list[dict]:
    if not system:
        return list(messages)
    return [{"role": "system", "content": system}, *messages]
