from __future__ import annotations

import abc
import asyncio
import logging
import time
from typing import ClassVar, Optional

from evalharness.config import ModelSpec
from evalharness.types import Completion, Prompt

logger = logging.getLogger(__name__)


class ModelAdapter(abc.ABC):
    """One model behind one provider API.

    Subclasses implement `generate`; `agenerate` defaults to running it in a thread, override
    it where the SDK has a native async client.
    """

    adapter_name: ClassVar[str] = "base"
    supports_system_prompt: ClassVar[bool] = True

    def __init__(self, spec: ModelSpec):
        self.spec = spec
        self.log = logging.getLogger(f"evalharness.adapters.{self.adapter_name}")

    @property
    def model(self) -> str:
        return self.spec.model

    def max_tokens(self, prompt: Prompt) -> int:
        return prompt.max_tokens or self.spec.max_tokens

    def temperature(self, prompt: Prompt) -> float:
        return prompt.temperature if prompt.temperature is not None else self.spec.temperature

    @abc.abstractmethod
    def generate(self, prompt: Prompt) -> Completion:
        raise NotImplementedError

    async def agenerate(self, prompt: Prompt) -> Completion:
        return await asyncio.to_thread(self.generate, prompt)

    def close(self) -> None:
        """Release network resources, if the adapter holds any."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.spec.name} model={self.model}>"


class _Timer:
    def __init__(self) -> None:
        self.start: Optional[float] = None
        self.elapsed = 0.0

    def __enter__(self) -> "_Timer":
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.elapsed = time.perf_counter() - (self.start or 0.0)


def timed() -> _Timer:
    return _Timer()
