"""Common interface every provider backend implements."""
from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import Iterator, Sequence

Message = dict[str, str]


@dataclass
class ChatResult:
    text: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: object | None = field(default=None, repr=False)


class Backend(abc.ABC):
    """A provider the kernel can talk to.

    ``chat`` returns the whole answer, ``stream`` yields text deltas and
    ``embed`` returns one vector per input text.
    """

    name: str = "base"
    supports_embeddings: bool = True

    def __init__(self, model: str, temperature: float = 0.2, max_tokens: int = 1024):
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens

    @abc.abstractmethod
    def chat(self, messages: Sequence[Message], system: str | None = None) -> ChatResult: ...

    def stream(self, messages: Sequence[Message], system: str | None = None) -> Iterator[str]:
        # Fallback for providers without a streaming implementation.
        yield self.chat(messages, system=system).text

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        raise NotImplementedError(f"{self.name} backend does not support embeddings")

    def describe(self) -> str:
        return f"{self.name}:{self.model}"

    @staticmethod
    def split_system(messages: Sequence[Message]) -> tuple[str | None, list[Message]]:
        system = None
        rest: list[Message] = []
        for m in messages:
            if m["role"] == "system":
                system = m["content"] if system is None else system + "\n" + m["content"]
            else:
                rest.append(dict(m))
        return system, rest
