"""Common provider interface."""
from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import AsyncIterator, List, Optional


@dataclass
class Completion:
    text: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0
    finish_reason: Optional[str] = None
    raw: Optional[object] = field(default=None, repr=False)


class BaseProvider(abc.ABC):
    """A provider wraps one (async) SDK client."""

    name: str = "base"

    def __init__(self, client, model: str, max_tokens: int = 1024):
        self.client = client
        self.model = model
        self.max_tokens = max_tokens

    @abc.abstractmethod
    async def complete(self, messages: List[dict], system: Optional[str] = None) -> Completion:
        ...

    async def stream(self, messages: List[dict], system: Optional[str] = None) -> AsyncIterator[str]:
        # Fallback: providers without streaming yield the whole completion.
        result = await self.complete(messages, system=system)
        yield result.text

    async def embed(self, texts: List[str]) -> List[List[float]]:
        raise NotImplementedError(f"{self.name} does not support embeddings")

    def describe(self) -> dict:
        return {"name": self.name, "model": self.model}
