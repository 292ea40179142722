"""Provider abstraction: one subclass per vendor.

A provider turns (system, user) text into a completion and optionally embeddings.
Commands should depend on this interface, not on the vendor SDKs.
"""
from __future__ import annotations

import abc
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Completion:
    text: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0
    latency_s: float = 0.0
    raw: Any = field(default=None, repr=False)

    def to_record(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "model": self.model,
            "provider": self.provider,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
        }


class ProviderError(RuntimeError):
    pass


class Provider(abc.ABC):
    name: str = "base"
    supports_embeddings: bool = False
    supports_streaming: bool = False

    def __init__(self, model: str):
        self.model = model

    @abc.abstractmethod
    def complete(
        self,
        prompt: str,
        system: str | None = None,
        *,
        max_tokens: int = 512,
        temperature: float = 0.2,
    ) -> Completion:
        """Run one prompt."""

    def stream(self, prompt: str, system: str | None = None, **kwargs: Any) -> Iterator[str]:
        # default: no real streaming, yield the whole thing at once
        yield self.complete(prompt, system, **kwargs).text

    def embed(self, texts: list[str], model: str | None = None) -> list[list[float]]:
        raise NotImplementedError(f"{self.name} does not support embeddings")

    def describe(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "model": self.model,
            "embeddings": self.supports_embeddings,
            "streaming": self.supports_streaming,
        }

    # small helper so subclasses time things the same way
    @staticmethod
    def _clock() -> float:
        return time.perf_counter()
