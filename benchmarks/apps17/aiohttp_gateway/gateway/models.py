"""Request payloads. Plain dataclasses + a tiny validator, no pydantic on
this service (cold start budget on the edge boxes)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from gateway.errors import BadRequest

ROLES = {"system", "user", "assistant"}


@dataclass
class ChatMessage:
    role: str
    content: str


@dataclass
class ChatRequest:
    messages: List[ChatMessage]
    model: Optional[str] = None
    provider: str = "groq"
    stream: bool = False
    temperature: float = 0.5
    max_tokens: int = 1024
    conversation_id: Optional[int] = None

    @classmethod
    def parse(cls, data: Dict[str, Any]) -> "ChatRequest":
        raw = data.get("messages")
        if not isinstance(raw, list) or not raw:
            raise BadRequest("messages must be a non-empty list")
        msgs = []
        for item in raw:
            if item.get("role") not in ROLES or not isinstance(item.get("content"), str):
                raise BadRequest("invalid message", details={"message": item})
            msgs.append(ChatMessage(item["role"], item["content"]))
        return cls(
            messages=msgs,
            model=data.get("model"),
            provider=data.get("provider", "groq"),
            stream=bool(data.get("stream", False)),
            temperature=float(data.get("temperature", 0.5)),
            max_tokens=min(int(data.get("max_tokens", 1024)), 4096),
            conversation_id=data.get("conversation_id"),
        )

    def as_dicts(self) -> List[Dict[str, str]]:
        return [{"role": m.role, "content": m.content} for m in self.messages]


@dataclass
class EmbedRequest:
    texts: List[str]
    kind: str = "document"
    provider: str = "cohere"

    @classmethod
    def parse(cls, data: Dict[str, Any]) -> "EmbedRequest":
        texts = data.get("texts") or []
        if not texts or len(texts) > 96:
            raise BadRequest("texts must contain 1..96 items")
        kind = data.get("kind", "document")
        if kind not in {"document", "query"}:
            raise BadRequest("kind must be document or query")
        return cls(texts=[str(t) for t in texts], kind=kind, provider=data.get("provider", "cohere"))


@dataclass
class SearchRequest:
    query: str
    top_n: int = 5
    answer: bool = False
    filters: Dict[str, Any] = field(default_factory=dict)
