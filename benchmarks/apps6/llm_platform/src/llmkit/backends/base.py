"""Backend interface every provider implementation follows."""
from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Dict, Iterator, List, Optional, Sequence, Tuple

from llmkit.config import Settings

if TYPE_CHECKING:  # pragma: no cover
    from llmkit.container import Container


@dataclass(frozen=True)
class ChatMessage:
    role: str
    content: str

    @classmethod
    def user(cls, content: str) -> "ChatMessage":
        return cls("user", content)

    @classmethod
    def system(cls, content: str) -> "ChatMessage":
        return cls("system", content)


@dataclass
class Completion:
    text: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0
    finish_reason: Optional[str] = None
    extra: Dict[str, Any] = field(default_factory=dict)

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens


class BaseBackend(abc.ABC):
    """One vendor. Subclasses keep the SDK client in ``self._client``."""

    name: ClassVar[str] = ""
    supports_streaming: ClassVar[bool] = False
    supports_embeddings: ClassVar[bool] = False

    def __init__(self, settings: Settings, client: Any = None) -> None:
        self.settings = settings
        self._client = client

    @classmethod
    def from_container(cls, container: "Container") -> "BaseBackend":
        return cls(container.settings, container.get(cls.name))

    @abc.abstractmethod
    def generate(
        self,
        messages: Sequence[ChatMessage],
        *,
        model: Optional[str] = None,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> Completion:
        raise NotImplementedError

    def stream(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None,
               max_tokens: int = 1024, temperature: float = 0.2) -> Iterator[str]:
        raise NotImplementedError(f"{type(self).__name__} does not stream")

    def embed(self, texts: Sequence[str]) -> List[List[float]]:
        raise NotImplementedError(f"{type(self).__name__} has no embeddings")

    def count_tokens(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None) -> int:
        # Rough heuristic (~4 characters per token); precise counters override this.
        return sum(len(m.content) for m in messages) // 4 + 4 * len(messages)

    # helpers ---------------------------------------------------------------
    @staticmethod
    def to_dicts(messages: Sequence[ChatMessage]) -> List[Dict[str, str]]:
        return [{"role": m.role, "content": m.content} for m in messages]

    @staticmethod
    def split_system(messages: Sequence[ChatMessage]) -> Tuple[Optional[str], List[ChatMessage]]:
        system = [m.content for m in messages if m.role == "system"]
        rest = [m for m in messages if m.role != "system"]
        return ("\n\n".join(system) or None), rest

    def __repr__(self) -> str:
        return f"<{type(self).__name__} name={self.name!r}>"
