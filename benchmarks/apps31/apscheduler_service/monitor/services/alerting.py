"""Alert deduplication and routing."""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field


@dataclass
class Alert:
    name: str
    severity: str
    message: str
    labels: dict = field(default_factory=dict)
    created: float = field(default_factory=time.time)

    @property
    def fingerprint(self) -> str:
        key = self.name + "|" + "|".join(f"{k}={v}" for k, v in sorted(self.labels.items()))
        return hashlib.sha1(key.encode()).hexdigest()[:12]


class AlertBook:
    def __init__(self, cooldown_s: int = 900) -> None:
        self.cooldown_s = cooldown_s
        self._seen: dict[str, float] = {}
        self.open: list[Alert] = []

    def should_fire(self, alert: Alert) -> bool:
        last = self._seen.get(alert.fingerprint)
        now = time.time()
        if last and now - last < self.cooldown_s:
            return False
        self._seen[alert.fingerprint] = now
        return True

    def add(self, alert: Alert) -> bool:
        if self.should_fire(alert):
            self.open.append(alert)
            return True
        return False

    def drain(self) -> list[Alert]:
        out, self.open = self.open, []
        return out


alert_book = AlertBook()
