"""Backend interface shared by every provider adapter."""
from __future__ import annotations

import abc
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Iterator, Sequence


@dataclass
class CompletionResult:
    text: str
    model: str
    backend: str
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    finish_reason: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    def to_wire(self) -> dict[str, Any]:
        # rpyc would otherwise hand out a netref to the dataclass; callers on the
        # other side of the wire should get plain data.
        data = asdict(self)
        data.pop("raw", None)
        return data


@dataclass
class EmbeddingResult:
    vectors: list[list[float]]
    model: str
    backend: str
    input_tokens: int = 0

    def to_wire(self) -> dict[str, Any]:
        return asdict(self)


class Backend(abc.ABC):
    """A provider adapter.  Subclasses must be safe to share between threads."""

    name: str = "base"
    supports_embeddings: bool = False
    supports_streaming: bool = False

    def __init__(self, config) -> None:
        self.config = config
        self.default_model = config.model

    @abc.abstractmethod
    def complete(
        self,
        messages: Sequence[dict[str, str]],
        *,
        model: str | None = None,
        max_tokens: int | None = None,
        temperature: float = 0.2,
        system: str | None = None,
    ) -> CompletionResult:
        ...

    def embed(self, texts: Sequence[str], *, model: str | None = None) -> EmbeddingResult:
        raise NotImplementedError(f"{self.name} does not support embeddings")

    def stream(self, messages: Sequence[dict[str, str]], **kwargs) -> Iterator[str]:
        # default: fake streaming with a single chunk
        yield self.complete(messages, **kwargs).text

    def healthcheck(self) -> bool:
        return True

    @staticmethod
    def _now() -> float:
        return time.perf_counter()

    @staticmethod
    def _elapsed_ms(start: float) -> float:
        return round((time.perf_counter() - start) * 1000, 2)


def split_system(messages: Sequence[dict[str, str]]) -> tuple[str | None, list[dict[str, str]]]:
    """Anthropic/Bedrock want the system prompt out of band."""
    system = None
    rest = []
    for m in messages:
        if m.get("role") == "system":
            system = (system + "\n\n" + m["content"]) if system else m["content"]
        else:
            rest.append({"role": m["role"], "content": m["content"]})
    return system, rest
