"""Common backend interface used by the features."""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import Iterator, Sequence


@dataclass
class Completion:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: object = field(default=None, repr=False)


class Backend(abc.ABC):
    """One LLM provider. Subclasses wrap a vendor SDK client."""

    name: str = "base"
    supports_vision: bool = False
    supports_embeddings: bool = False

    def __init__(self, model: str, temperature: float = 0.2) -> None:
        self.model = model
        self.temperature = temperature

    @abc.abstractmethod
    def complete(self, prompt: str, *, system: str | None = None, max_tokens: int = 512) -> Completion:
        """Return a single completion for ``prompt``."""

    def stream(self, prompt: str, *, system: str | None = None, max_tokens: int = 1024) -> Iterator[str]:
        yield self.complete(prompt, system=system, max_tokens=max_tokens).text

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        raise NotImplementedError(f"{self.name} backend does not support embeddings")

    def describe_image(self, image_url: str, prompt: str) -> Completion:
        raise NotImplementedError(f"{self.name} backend does not support images")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} model={self.model!r}>"
