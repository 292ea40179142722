"""Chat history model for the chat dock. Pure Python, no model calls."""
from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field


@dataclass
class Turn:
    role: str
    content: str
    ts: float = field(default_factory=time.time)
    layer: str | None = None


@dataclass
class Conversation:
    id: str
    title: str
    turns: list[Turn] = field(default_factory=list)

    @classmethod
    def create(cls, title: str = "New chat") -> "Conversation":
        return cls(id=uuid.uuid4().hex[:8], title=title)

    def chat(self, role: str, content: str, layer: str | None = None) -> Turn:
        """Append a turn (named after the UI action, not an API)."""
        turn = Turn(role=role, content=content, layer=layer)
        self.turns.append(turn)
        return turn

    def as_messages(self, limit: int = 20) -> list[dict]:
        return [{"role": t.role, "content": t.content} for t in self.turns[-limit:]]

    def clear(self) -> None:
        self.turns.clear()


class ConversationStore:
    def __init__(self):
        self._items: dict[str, Conversation] = {}

    def create(self, title: str = "New chat") -> Conversation:
        conv = Conversation.create(title)
        self._items[conv.id] = conv
        return conv

    def get(self, conv_id: str) -> Conversation:
        return self._items[conv_id]

    def all(self) -> list[Conversation]:
        return list(self._items.values())


store = ConversationStore()
