"""Helpers around ``bot_handler.storage`` (a per-bot key/value store on the server)."""
from __future__ import annotations

import json
import time
from typing import Any, Dict, List, Optional


class ConversationMemory:
    """Keeps the last few exchanges per conversation in bot storage."""

    def __init__(self, storage: Any, max_turns: int = 6) -> None:
        self.storage = storage
        self.max_turns = max_turns

    @staticmethod
    def key_for(message: Dict[str, Any]) -> str:
        if message.get("type") == "stream":
            return f"conv:{message.get('stream_id')}:{message.get('subject')}"
        return f"conv:dm:{message.get('sender_id')}"

    def history(self, message: Dict[str, Any]) -> List[Dict[str, str]]:
        key = self.key_for(message)
        if not self.storage.contains(key):
            return []
        return json.loads(self.storage.get(key))

    def append(self, message: Dict[str, Any], user: str, assistant: str) -> None:
        turns = self.history(message)
        turns.extend([{"role": "user", "content": user}, {"role": "assistant", "content": assistant}])
        turns = turns[-2 * self.max_turns:]
        self.storage.put(self.key_for(message), json.dumps(turns))

    def clear(self, message: Dict[str, Any]) -> None:
        self.storage.put(self.key_for(message), json.dumps([]))


class RateLimiter:
    """Very small per-user limiter so nobody burns the budget with a loop."""

    def __init__(self, storage: Any, per_hour: int = 30) -> None:
        self.storage = storage
        self.per_hour = per_hour

    def allow(self, user_id: int, now: Optional[float] = None) -> bool:
        now = now or time.time()
        key = f"rl:{user_id}"
        stamps = json.loads(self.storage.get(key)) if self.storage.contains(key) else []
        stamps = [s for s in stamps if now - s < 3600]
        if len(stamps) >= self.per_hour:
            return False
        stamps.append(now)
        self.storage.put(key, json.dumps(stamps))
        return True
