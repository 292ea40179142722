from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import Iterator


@dataclass
class Completion:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: object | None = field(default=None, repr=False)


class Backend(abc.ABC):
    """A provider Quill can send writing requests to."""

    name: str = "base"
    default_model: str = ""

    def __init__(self, model: str | None = None) -> None:
        self.model = model or self.default_model

    @abc.abstractmethod
    def complete(self, prompt: str, *, system: str | None = None, temperature: float = 0.3) -> Completion:
        ...

    def stream(self, prompt: str, *, system: str | None = None) -> Iterator[str]:
        # Fallback for backends without streaming support.
        yield self.complete(prompt, system=system).text

    def available_models(self) -> list[str]:
        return [self.default_model]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} model={self.model!r}>"
