"""Sliding-window alarm buffer used to detect bursts."""
from __future__ import annotations

import threading
import time
from collections import defaultdict, deque

from gateway.models import Alarm


class AlarmBuffer:
    def __init__(self, window_s: int = 30, threshold: int = 5) -> None:
        self.window_s = window_s
        self.threshold = threshold
        self._by_area: dict[str, deque[Alarm]] = defaultdict(deque)
        self._cooldown: dict[str, float] = {}
        self._lock = threading.Lock()

    def add(self, alarm: Alarm) -> list[Alarm] | None:
        """Add an alarm; return the burst if this one tipped the area over."""
        now = time.time()
        with self._lock:
            q = self._by_area[alarm.area]
            q.append(alarm)
            while q and now - q[0].ts > self.window_s:
                q.popleft()
            if len(q) >= self.threshold and now >= self._cooldown.get(alarm.area, 0):
                burst = list(q)
                q.clear()
                self._cooldown[alarm.area] = now + self.window_s
                return burst
        return None
