from __future__ import annotations

import abc
import time
from dataclasses import dataclass, field


@dataclass
class Completion:
    text: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    raw: dict = field(default_factory=dict, repr=False)

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens


class Provider(abc.ABC):
    """Minimal interface every provider adapter implements."""

    name: str = "base"

    def __init__(self, model: str):
        self.model = model

    @abc.abstractmethod
    def complete(self, prompt: str, *, system: str | None = None,
                 temperature: float = 0.2, max_tokens: int = 1024) -> Completion:
        raise NotImplementedError

    def _timed(self):
        return _Timer()


class _Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed_ms = (time.perf_counter() - self.start) * 1000.0
        return False
