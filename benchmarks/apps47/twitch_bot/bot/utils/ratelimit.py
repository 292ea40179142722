"""Per-user cooldowns so one viewer can't burn the LLM budget."""
from __future__ import annotations

import time
from collections import defaultdict


class Cooldowns:
    def __init__(self, seconds: float):
        self.seconds = seconds
        self._last: dict[tuple[str, str], float] = defaultdict(float)

    def remaining(self, channel: str, user: str) -> float:
        elapsed = time.monotonic() - self._last[(channel, user)]
        return max(0.0, self.seconds - elapsed)

    def hit(self, channel: str, user: str) -> bool:
        """Return True if allowed (and record), False if still cooling down."""
        if self.remaining(channel, user) > 0:
            return False
        self._last[(channel, user)] = time.monotonic()
        return True


class TokenBudget:
    """Daily token budget per channel, reset by the prune routine."""

    def __init__(self, daily_tokens: int):
        self.daily_tokens = daily_tokens
        self.used: dict[str, int] = defaultdict(int)

    def charge(self, channel: str, tokens: int) -> None:
        self.used[channel] += tokens

    def exhausted(self, channel: str) -> bool:
        return self.used[channel] >= self.daily_tokens

    def reset(self) -> None:
        self.used.clear()
