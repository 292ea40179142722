from __future__ import annotations

import abc
from dataclasses import dataclass
from typing import Iterator


@dataclass
class ChatResult:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    finish_reason: str | None = None


class ChatProvider(abc.ABC):
    name: str = "base"

    def __init__(self, model: str, temperature: float = 0.4, max_tokens: int = 1024):
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens

    @abc.abstractmethod
    def complete(self, messages: list[dict], system: str | None = None) -> ChatResult:
        ...

    @abc.abstractmethod
    def stream(self, messages: list[dict], system: str | None = None) -> Iterator[str]:
        ...

    def list_models(self) -> list[str]:
        return [self.model]

    @staticmethod
    def split_system(messages: list[dict]) -> tuple[str | None, list[dict]]:
        system = None
        rest = []
        for m in messages:
            if m["role"] == "system":
                system = (system + "\n" if system else "") + m["content"]
            else:
                rest.append(m)
        return system, rest
