"""Misc helpers: response cache, retry wrapper, console output."""
from __future__ import annotations

import functools
import hashlib
import json
import logging
import random
import time
from pathlib import Path
from typing import Any, Callable, TypeVar

from cleo.io.io import IO

T = TypeVar("T")
logger = logging.getLogger(__name__)


class ResponseCache:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    @staticmethod
    def generate(*parts: str) -> str:
        """Generate a stable cache key."""
        h = hashlib.sha256()
        for part in parts:
            h.update(part.encode())
            h.update(b"\x00")
        return h.hexdigest()[:32]

    def get(self, key: str) -> Any | None:
        path = self.root / f"{key}.json"
        if path.exists():
            return json.loads(path.read_text())
        return None

    def set(self, key: str, value: Any) -> None:
        (self.root / f"{key}.json").write_text(json.dumps(value))

    def get_or_compute(self, key: str, compute: Callable[[], Any]) -> Any:
        cached = self.get(key)
        if cached is not None:
            return cached
        value = compute()
        self.set(key, value)
        return value


def with_backoff(fn: Callable[..., T], attempts: int = 4, base: float = 1.5) -> Callable[..., T]:
    """Wrap ``fn`` so transient failures (rate limits, 5xx) are retried."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        for attempt in range(1, attempts + 1):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001
                status = getattr(exc, "status_code", None)
                if attempt == attempts or (status is not None and status < 500 and status != 429):
                    raise
                delay = base**attempt + random.random()
                logger.info("retrying %s in %.1fs after %s", getattr(fn, "__name__", fn), delay, exc)
                time.sleep(delay)
        raise RuntimeError("unreachable")

    return wrapper


def print_table(io: IO, headers: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    io.write_line("  ".join(f"<comment>{h.ljust(w)}</comment>" for h, w in zip(headers, widths)))
    for row in rows:
        io.write_line("  ".join(c.ljust(w) for c, w in zip(row, widths)))


def severity_tag(severity: str) -> str:
    return {"error": "error", "warning": "comment", "nit": "info"}.get(severity, "info")
