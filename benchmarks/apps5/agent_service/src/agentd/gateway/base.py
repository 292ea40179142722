"""The contract every vendor adapter implements."""
from __future__ import annotations

import enum
from typing import TYPE_CHECKING, AsyncIterator, List, Optional, Protocol, Sequence, runtime_checkable

from agentd.models import ChatMessage, ModelTurn, ToolSpec

if TYPE_CHECKING:
    from agentd.container import Container


class Vendor(str, enum.Enum):
    OPENAI = "openai"
    ANTHROPIC = "anthropic"
    GEMINI = "gemini"
    BEDROCK = "bedrock"

    @classmethod
    def parse(cls, value: "str | Vendor | None", default: "Vendor") -> "Vendor":
        if value is None or value == "":
            return default
        if isinstance(value, Vendor):
            return value
        try:
            return cls(value.lower())
        except ValueError:
            raise ValueError(f"unsupported vendor {value!r}; expected one of {[v.value for v in cls]}")


@runtime_checkable
class ModelGateway(Protocol):
    vendor: Vendor

    @classmethod
    def from_container(cls, c: "Container") -> "ModelGateway": ...

    async def complete(
        self,
        messages: Sequence[ChatMessage],
        *,
        tools: Optional[Sequence[ToolSpec]] = None,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> ModelTurn: ...

    def stream(
        self,
        messages: Sequence[ChatMessage],
        *,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> AsyncIterator[str]: ...

    async def embed(self, texts: Sequence[str]) -> List[List[float]]: ...
