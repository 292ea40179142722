"""Small helpers shared by tools, flows and scripts."""

from __future__ import annotations

import json
import logging
import re
from typing import Any, Callable, Iterable, TypeVar

from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_random_exponential

logger = logging.getLogger(__name__)

T = TypeVar("T")

_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.MULTILINE)


def truncate(text: str, max_chars: int = 4000, suffix: str = " …") -> str:
    if len(text) <= max_chars:
        return text
    return text[: max_chars - len(suffix)].rsplit(" ", 1)[0] + suffix


def chunk(items: list[Any], size: int) -> Iterable[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def parse_json_loose(raw: str) -> Any:
    """Models love wrapping JSON in fences; strip them before parsing."""
    cleaned = _FENCE.sub("", raw.strip())
    try:
        return json.loads(cleaned)
    except json.JSONDecodeError:
        start, end = cleaned.find("{"), cleaned.rfind("}")
        if start != -1 and end > start:
            return json.loads(cleaned[start : end + 1])
        raise


def bulletize(lines: Iterable[str]) -> str:
    return "\n".join(f"- {line.strip()}" for line in lines if line.strip())


def slugify(value: str) -> str:
    value = re.sub(r"[^\w\s-]", "", value.lower()).strip()
    return re.sub(r"[-\s]+", "-", value)


# --- retries -------------------------------------------------------------

_RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None)
    if status is None:
        resp = getattr(exc, "response", None)
        status = getattr(resp, "status_code", None)
    return status in _RETRYABLE_STATUS or exc.__class__.__name__ in {"APIConnectionError", "APITimeoutError"}


def with_retry(fn: Callable[..., T], *args: Any, attempts: int = 4, **kwargs: Any) -> T:
    """Call ``fn(*args, **kwargs)`` with jittered backoff on rate limits / overloads."""
    for attempt in Retrying(
        stop=stop_after_attempt(attempts),
        wait=wait_random_exponential(multiplier=1, max=20),
        retry=retry_if_exception(_is_retryable),
        reraise=True,
    ):
        with attempt:
            if attempt.retry_state.attempt_number > 1:
                logger.info("retrying %s (attempt %d)", getattr(fn, "__qualname__", fn), attempt.retry_state.attempt_number)
            return fn(*args, **kwargs)
    raise RuntimeError("unreachable")
