"""Conversation history kept per kernel.

``ChatHistory.create()`` starts a fresh conversation; it is *not* an API call.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ChatHistory:
    messages: list[dict] = field(default_factory=list)
    max_turns: int = 20

    @classmethod
    def create(cls, system_note: str | None = None, max_turns: int = 20) -> "ChatHistory":
        h = cls(max_turns=max_turns)
        if system_note:
            h.messages.append({"role": "user", "content": system_note})
            h.messages.append({"role": "assistant", "content": "Understood."})
        return h

    def add_user(self, content: str) -> None:
        self.messages.append({"role": "user", "content": content})
        self._trim()

    def add_assistant(self, content: str) -> None:
        self.messages.append({"role": "assistant", "content": content})
        self._trim()

    def _trim(self) -> None:
        limit = self.max_turns * 2
        if len(self.messages) > limit:
            self.messages = self.messages[-limit:]

    def clear(self) -> None:
        self.messages.clear()

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.messages, indent=2))

    @classmethod
    def load(cls, path: str | Path) -> "ChatHistory":
        return cls(messages=json.loads(Path(path).read_text()))

    def __len__(self) -> int:
        return len(self.messages)
