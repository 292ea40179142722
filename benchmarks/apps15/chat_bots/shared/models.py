from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any, Dict, List, Optional


@dataclass
class ChatMessage:
    role: str
    content: str
    author_id: Optional[str] = None
    ts: float = field(default_factory=time.time)

    def to_api(self) -> Dict[str, str]:
        return {"role": self.role, "content": self.content}

    def to_json(self) -> Dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Dict[str, Any]) -> "ChatMessage":
        return cls(
            role=data["role"],
            content=data["content"],
            author_id=data.get("author_id"),
            ts=data.get("ts", time.time()),
        )


@dataclass
class Persona:
    name: str
    provider: str
    model: str
    system_prompt: str
    temperature: float = 0.7
    max_tokens: int = 700
    description: str = ""
    allow_images: bool = False

    def system_message(self) -> Dict[str, str]:
        return {"role": "system", "content": self.system_prompt}


@dataclass
class Reply:
    text: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    finish_reason: Optional[str] = None
    extra: Dict[str, Any] = field(default_factory=dict)


@dataclass
class GeneratedImage:
    url: str
    prompt: str
    model: str
    seed: Optional[int] = None


def history_to_api(history: List[ChatMessage]) -> List[Dict[str, str]]:
    return [m.to_api() for m in history]
