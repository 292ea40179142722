"""Adapter interface every provider implements, plus model-spec parsing."""
from __future__ import annotations

import abc
import asyncio
from dataclasses import dataclass
from typing import Any, Dict, List

from evalkit.errors import ConfigError
from evalkit.schemas import ModelOutput, TestCase


@dataclass(frozen=True)
class ModelSpec:
    provider: str
    model: str

    @classmethod
    def parse(cls, spec: str) -> "ModelSpec":
        provider, sep, model = spec.partition(":")
        if not sep or not provider or not model:
            raise ConfigError(f"bad model spec {spec!r}; expected 'provider:model'")
        return cls(provider.strip().lower(), model.strip())

    def __str__(self) -> str:
        return f"{self.provider}:{self.model}"


class ModelAdapter(abc.ABC):
    """One instance per (provider, model) pair for the duration of a run.

    Adapters are shared across worker threads, so they must not keep per-request
    state on ``self``.
    """

    provider: str = ""

    def __init__(self, model: str, **params: Any) -> None:
        self.model = model
        self.params: Dict[str, Any] = dict(params)

    @property
    def spec(self) -> str:
        return f"{self.provider}:{self.model}"

    @property
    def max_tokens(self) -> int:
        return int(self.params.get("max_tokens", 1024))

    @property
    def temperature(self) -> float:
        return float(self.params.get("temperature", 0.0))

    def build_messages(self, case: TestCase) -> List[Dict[str, str]]:
        messages: List[Dict[str, str]] = []
        if case.system_prompt:
            messages.append({"role": "system", "content": case.system_prompt})
        messages.append({"role": "user", "content": case.prompt})
        return messages

    @abc.abstractmethod
    def generate(self, case: TestCase) -> ModelOutput:
        ...

    def generate_streaming(self, case: TestCase) -> ModelOutput:
        """Same as generate() but measures time-to-first-token. Optional."""
        return self.generate(case)

    async def agenerate(self, case: TestCase) -> ModelOutput:
        # Default: run the sync path in a worker thread. Providers with a native
        # async client override this.
        return await asyncio.to_thread(self.generate, case)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.spec}>"
