"""Common interface every LLM backend implements."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Protocol


@dataclass
class Completion:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: object | None = field(default=None, repr=False)


class Backend(Protocol):
    name: str
    model: str

    def complete(self, prompt: str, *, system: str | None = None, max_tokens: int = 1024) -> Completion:
        ...

    def stream(self, prompt: str, *, system: str | None = None) -> Iterator[str]:
        ...


class BackendError(RuntimeError):
    """Raised when a backend cannot be built or a request fails in a way we want to show."""
