"""Small JSON helpers + the click/chat record shapes."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class ClickEvent:
    session_id: str
    path: str
    ts: int
    referrer: str | None = None
    query: str | None = None
    user_agent: str = ""
    history: list[str] = field(default_factory=list)

    @classmethod
    def from_json(cls, raw: str) -> "ClickEvent":
        data = json.loads(raw)
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)

    def to_json(self) -> str:
        return json.dumps(asdict(self))


@dataclass
class ChatMessage:
    chat_id: str
    id: str
    author: str
    text: str
    ts: int

    @classmethod
    def create(cls, chat_id: str, author: str, text: str, ts: int, msg_id: str | None = None) -> "ChatMessage":
        return cls(chat_id=chat_id, id=msg_id or f"{chat_id}-{ts}", author=author, text=text, ts=ts)


def safe_loads(raw: str) -> dict[str, Any] | None:
    try:
        value = json.loads(raw)
    except (TypeError, json.JSONDecodeError):
        return None
    return value if isinstance(value, dict) else None


def key_by_session(raw: str) -> str:
    data = safe_loads(raw) or {}
    return str(data.get("session_id", "unknown"))


def key_by_chat(raw: str) -> str:
    data = safe_loads(raw) or {}
    return str(data.get("chat_id", "unknown"))
