"""Sliding-window rate limiter keyed by user and by room."""
from __future__ import annotations

import time
from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, per_user: int = 6, per_room: int = 20, window: float = 60.0, clock=time.monotonic):
        self.per_user = per_user
        self.per_room = per_room
        self.window = window
        self._clock = clock
        self._user_hits: dict[str, deque] = defaultdict(deque)
        self._room_hits: dict[str, deque] = defaultdict(deque)
        self.exempt: set[str] = set()

    def _prune(self, hits: deque, now: float) -> None:
        while hits and now - hits[0] > self.window:
            hits.popleft()

    def check(self, user_id: str, room_id: str) -> bool:
        """Return True (and record the hit) if the request is allowed."""
        if user_id in self.exempt:
            return True
        now = self._clock()
        u, r = self._user_hits[user_id], self._room_hits[room_id]
        self._prune(u, now)
        self._prune(r, now)
        if len(u) >= self.per_user or len(r) >= self.per_room:
            return False
        u.append(now)
        r.append(now)
        return True

    def retry_after(self, user_id: str) -> float:
        hits = self._user_hits.get(user_id)
        if not hits:
            return 0.0
        return max(0.0, self.window - (self._clock() - hits[0]))
