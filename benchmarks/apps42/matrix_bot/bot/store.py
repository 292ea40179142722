"""Per-room conversation history.

In-memory with an optional JSON snapshot on disk so a restart doesn't wipe context.
"""
from __future__ import annotations

import json
import logging
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class Turn:
    role: str
    content: str
    sender: str = ""
    ts: float = field(default_factory=time.time)

    def as_message(self) -> dict:
        return {"role": self.role, "content": self.content}


@dataclass
class Conversation:
    room_id: str
    turns: deque = field(default_factory=lambda: deque(maxlen=50))
    provider: str = "openai"
    system_prompt: str | None = None

    def add(self, role: str, content: str, sender: str = "") -> Turn:
        turn = Turn(role=role, content=content, sender=sender)
        self.turns.append(turn)
        return turn

    def messages(self, limit: int | None = None) -> list[dict]:
        turns = list(self.turns)
        if limit:
            turns = turns[-limit:]
        return [t.as_message() for t in turns]

    def transcript(self, limit: int = 200) -> str:
        return "\n".join(f"{t.sender or t.role}: {t.content}" for t in list(self.turns)[-limit:])


class ConversationStore:
    def __init__(self, path: str | Path | None = None, max_turns: int = 50):
        self.path = Path(path) if path else None
        self.max_turns = max_turns
        self._rooms: dict[str, Conversation] = {}
        self._raw_log: dict[str, list[tuple[str, str]]] = defaultdict(list)

    def create(self, room_id: str, provider: str = "openai") -> Conversation:
        conv = Conversation(room_id=room_id, turns=deque(maxlen=self.max_turns), provider=provider)
        self._rooms[room_id] = conv
        return conv

    def get(self, room_id: str) -> Conversation:
        conv = self._rooms.get(room_id)
        if conv is None:
            conv = self.create(room_id)
        return conv

    def reset(self, room_id: str) -> None:
        self._rooms.pop(room_id, None)

    def log_room_message(self, room_id: str, sender: str, body: str) -> None:
        """Everything said in the room, not just bot turns (used by !summarize)."""
        log_ = self._raw_log[room_id]
        log_.append((sender, body))
        del log_[:-500]

    def room_log(self, room_id: str, limit: int = 200) -> list[tuple[str, str]]:
        return self._raw_log[room_id][-limit:]

    def save(self) -> None:
        if not self.path:
            return
        data = {
            rid: {
                "provider": c.provider,
                "system_prompt": c.system_prompt,
                "turns": [t.__dict__ for t in c.turns],
            }
            for rid, c in self._rooms.items()
        }
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(self.path)

    def load(self) -> None:
        if not self.path or not self.path.exists():
            return
        data = json.loads(self.path.read_text(encoding="utf-8"))
        for rid, blob in data.items():
            conv = self.create(rid, provider=blob.get("provider", "openai"))
            conv.system_prompt = blob.get("system_prompt")
            for t in blob.get("turns", []):
                conv.turns.append(Turn(**t))
        log.info("loaded %d conversations", len(self._rooms))
