"""Shared helpers: PII redaction, local token counting, retry with backoff."""
from __future__ import annotations

import functools
import logging
import random
import re
import time
from collections.abc import Callable
from typing import Any, TypeVar

import tiktoken

T = TypeVar("T")

log = logging.getLogger(__name__)


# --- redaction ---------------------------------------------------------------

_PAN = re.compile(r"\b(?:\d[ -]?){13,19}\b")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"\+?\d[\d ()-]{8,}\d")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def redact(text: str) -> str:
    def _pan(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(0))
        return "[CARD]" if _luhn_ok(digits) else match.group(0)

    text = _PAN.sub(_pan, text)
    text = _IBAN.sub("[IBAN]", text)
    text = _EMAIL.sub("[EMAIL]", text)
    return _PHONE.sub("[PHONE]", text)


# --- tokens (local, no network) ---------------------------------------------

@functools.lru_cache(maxsize=8)
def _encoding(model: str) -> tiktoken.Encoding:
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def trim_history(messages: list[dict], budget: int, model: str = "gpt-4o-mini") -> list[dict]:
    """Drop the oldest non-system turns until the history fits ``budget`` tokens."""
    system = [m for m in messages if m["role"] == "system"]
    rest = [m for m in messages if m["role"] != "system"]
    total = sum(count_tokens(m["content"], model) for m in system + rest)
    while rest and total > budget:
        dropped = rest.pop(0)
        total -= count_tokens(dropped["content"], model)
    return system + rest


# --- retry -------------------------------------------------------------------

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504}


def _is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    if status in RETRYABLE_STATUS:
        return True
    return type(exc).__name__ in {"APITimeoutError", "APIConnectionError", "ReadTimeout"}


def with_retries(fn: Callable[..., T], *args: Any, attempts: int = 3, base_delay: float = 0.5, **kwargs: Any) -> T:
    """Call ``fn(*args, **kwargs)`` retrying transient failures with jittered backoff."""
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            if attempt == attempts or not _is_retryable(exc):
                raise
            delay = base_delay * (2 ** (attempt - 1)) * (1 + random.random() / 4)
            log.warning("retrying %s after %s (attempt %d)", getattr(fn, "__qualname__", fn), exc, attempt)
            time.sleep(delay)
    raise AssertionError("unreachable")
