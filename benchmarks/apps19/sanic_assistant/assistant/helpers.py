"""Small async retry helper (we don't want tenacity for one use)."""
from __future__ import annotations

import asyncio
import functools
import logging
import random

log = logging.getLogger(__name__)


def with_retry(attempts: int = 3, base_delay: float = 0.5, retry_on: tuple[type[BaseException], ...] = (Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return await fn(*args, **kwargs)
                except retry_on as exc:
                    if attempt == attempts:
                        raise
                    delay = base_delay * (2 ** (attempt - 1)) + random.random() * 0.1
                    log.info("retry %s/%s after %s: %.2fs", attempt, attempts, exc, delay)
                    await asyncio.sleep(delay)

        return wrapper

    return deco


class TicketNumberGenerator:
    """Human-friendly ticket numbers, e.g. AST-24-0193."""

    def __init__(self, prefix: str = "AST") -> None:
        self.prefix = prefix

    def generate(self, year: int, seq: int) -> str:
        return f"{self.prefix}-{year % 100:02d}-{seq:04d}"
