"""Provider protocols. Adapters are structural: no inheritance required."""

from __future__ import annotations

from typing import Iterator, Protocol, Sequence, runtime_checkable

from mlserve.types import ChatResult, EmbeddingResult


@runtime_checkable
class ChatProvider(Protocol):
    name: str

    def complete(
        self,
        messages: Sequence[dict[str, str]],
        *,
        model: str | None = None,
        max_tokens: int = 512,
        temperature: float = 0.2,
    ) -> ChatResult: ...


@runtime_checkable
class StreamingChatProvider(ChatProvider, Protocol):
    def stream(
        self,
        messages: Sequence[dict[str, str]],
        *,
        model: str | None = None,
        max_tokens: int = 512,
    ) -> Iterator[str]: ...


@runtime_checkable
class EmbeddingProvider(Protocol):
    name: str

    def embed(
        self,
        texts: Sequence[str],
        *,
        model: str | None = None,
        input_type: str = "document",
    ) -> EmbeddingResult: ...


@runtime_checkable
class RerankProvider(Protocol):
    name: str

    def rerank(
        self, query: str, documents: Sequence[str], *, top_n: int = 8
    ) -> list[tuple[int, float]]: ...


class ProviderError(RuntimeError):
    def __init__(self, provider: str, message: str) -> None:
        super().__init__(f"[{provider}] {message}")
        self.provider = provider
