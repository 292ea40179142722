"""Provider adapter interface.

Adapters translate the operator's small request/response model into each
vendor SDK's shape. They get an already-built client (see ``clients.py``).
"""
from __future__ import annotations

import abc
import dataclasses
from typing import Any, Iterator


@dataclasses.dataclass
class Message:
    role: str
    content: str

    def as_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}


@dataclasses.dataclass
class CompletionRequest:
    model: str
    messages: list[Message]
    system: str | None = None
    max_tokens: int = 512
    temperature: float = 0.2
    stop: list[str] | None = None
    metadata: dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def from_prompt(cls, model: str, prompt: str, **kw: Any) -> "CompletionRequest":
        return cls(model=model, messages=[Message("user", prompt)], **kw)

    def openai_messages(self) -> list[dict[str, str]]:
        out = []
        if self.system:
            out.append({"role": "system", "content": self.system})
        out.extend(m.as_dict() for m in self.messages)
        return out


@dataclasses.dataclass
class Completion:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    finish_reason: str | None = None
    raw: Any = None


class ProviderError(Exception):
    """Raised by adapters; handlers turn it into kopf.TemporaryError."""

    def __init__(self, provider: str, message: str, retryable: bool = True):
        super().__init__(f"[{provider}] {message}")
        self.provider = provider
        self.retryable = retryable


class ProviderAdapter(abc.ABC):
    name: str = "base"

    @abc.abstractmethod
    def complete(self, request: CompletionRequest) -> Completion: ...

    async def acomplete(self, request: CompletionRequest) -> Completion:
        # default: adapters without a native async path run in a thread
        import asyncio

        return await asyncio.to_thread(self.complete, request)

    def stream(self, request: CompletionRequest) -> Iterator[str]:
        yield self.complete(request).text

    def embed(self, texts: list[str], model: str | None = None) -> list[list[float]]:
        raise NotImplementedError(f"{self.name} does not support embeddings here")

    def estimate_tokens(self, request: CompletionRequest) -> int:
        # crude fallback: 4 chars per token
        return sum(len(m.content) for m in request.messages) // 4
