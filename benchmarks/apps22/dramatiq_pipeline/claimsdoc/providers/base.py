"""Provider interface used by actors that need a pluggable model backend."""
from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import Any, Sequence


@dataclass
class Completion:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: Any = field(default=None, repr=False)


class BaseProvider(abc.ABC):
    name: str = "base"
    supports_json: bool = False
    supports_embeddings: bool = False

    @abc.abstractmethod
    def complete(self, prompt: str, *, system: str | None = None, max_tokens: int = 800,
                 json_mode: bool = False) -> Completion:
        ...

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        raise NotImplementedError(f"{self.name} does not do embeddings")

    def healthcheck(self) -> bool:
        return True

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"
