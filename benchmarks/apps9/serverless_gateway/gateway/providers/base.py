"""Provider adapter interface."""
from __future__ import annotations

import abc
import time
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Dict, List, Optional

from gateway.errors import classify_upstream
from gateway.schemas import ChatRequest, ProviderResult, Usage


@dataclass(frozen=True)
class ProviderSpec:
    """One row of the routing table once resolved."""

    provider: str
    model: str
    context_window: int = 8192
    supports_tools: bool = False
    extra: Dict[str, Any] = field(default_factory=dict)


class ChatProvider(abc.ABC):
    name: str = "base"

    @abc.abstractmethod
    async def chat(self, spec: ProviderSpec, request: ChatRequest) -> ProviderResult:
        ...

    async def stream(self, spec: ProviderSpec, request: ChatRequest) -> AsyncIterator[str]:
        # Providers without native streaming fall back to one big chunk.
        result = await self.chat(spec, request)
        yield result.text

    async def embed(self, model: str, inputs: List[str]) -> List[List[float]]:
        raise NotImplementedError(f"{self.name} does not serve embeddings")

    # helpers -----------------------------------------------------------------

    @staticmethod
    def _clock() -> float:
        return time.perf_counter()

    @staticmethod
    def _elapsed_ms(start: float) -> int:
        return int((time.perf_counter() - start) * 1000)

    def _wrap_error(self, exc: BaseException):
        return classify_upstream(exc, self.name)


def result_from_openai_shape(provider: str, model: str, resp: Any, latency_ms: int) -> ProviderResult:
    """Most upstreams return the OpenAI chat.completion shape; normalise it once."""
    choice = resp.choices[0]
    usage = getattr(resp, "usage", None)
    tool_calls: Optional[List[Dict[str, Any]]] = None
    if getattr(choice.message, "tool_calls", None):
        tool_calls = [tc.model_dump() for tc in choice.message.tool_calls]
    return ProviderResult(
        provider=provider,
        model=model,
        text=choice.message.content or "",
        finish_reason=choice.finish_reason,
        tool_calls=tool_calls,
        usage=Usage(
            prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
            completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
            total_tokens=getattr(usage, "total_tokens", 0) or 0,
        ),
        latency_ms=latency_ms,
    )
