"""Misc helpers."""
from __future__ import annotations

import logging
import time
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


def with_retry(fn: Callable[..., T], *args, attempts: int = 3, backoff: float = 1.5, **kwargs) -> T:
    delay = 1.0
    for i in range(attempts):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if i == attempts - 1:
                raise
            log.warning("retrying %s after %s", getattr(fn, "__qualname__", fn), exc)
            time.sleep(delay)
            delay *= backoff
    raise RuntimeError("unreachable")


def truncate(text: str, n: int = 400) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
