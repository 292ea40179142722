"""Small helpers that don't deserve their own module."""
from __future__ import annotations

import json
import logging
import random
import re
import time
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Iterable, Iterator, List, Optional, Sequence, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")

_WS_RE = re.compile(r"\s+")
_PRICE_RE = re.compile(r"(\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{1,2})?)")
_FENCE_RE = re.compile(r"^```(?:json)?\s*|\s*```$", re.MULTILINE)


def clean_text(value: Optional[str]) -> str:
    if not value:
        return ""
    return _WS_RE.sub(" ", value).strip()


def truncate(value: str, limit: int = 4000) -> str:
    if len(value) <= limit:
        return value
    return value[: limit - 1].rsplit(" ", 1)[0] + "…"


def parse_price(raw: Any) -> Optional[Decimal]:
    """Turn '1.299,00 €' / '$1,299.00' / 1299 into a Decimal."""
    if raw is None:
        return None
    if isinstance(raw, (int, float, Decimal)):
        return Decimal(str(raw))
    match = _PRICE_RE.search(str(raw))
    if not match:
        return None
    number = match.group(1).replace(" ", "")
    if "," in number and "." in number:
        if number.rfind(",") > number.rfind("."):
            number = number.replace(".", "").replace(",", ".")
        else:
            number = number.replace(",", "")
    elif "," in number:
        head, _, tail = number.rpartition(",")
        number = head.replace(",", "") + ("." + tail if len(tail) == 2 else tail)
    try:
        return Decimal(number)
    except InvalidOperation:
        return None


def loads_model_json(text: Optional[str]) -> Any:
    """Models like to wrap JSON in markdown fences; strip them before parsing."""
    if not text:
        raise ValueError("empty model output")
    return json.loads(_FENCE_RE.sub("", text.strip()))


def chunked(seq: Sequence[T], size: int) -> Iterator[List[T]]:
    for start in range(0, len(seq), size):
        yield list(seq[start : start + size])


def call_with_backoff(
    fn: Callable[..., T],
    *args: Any,
    retries: int = 4,
    base_delay: float = 1.5,
    retry_on: Iterable[type] = (Exception,),
    **kwargs: Any,
) -> T:
    """Call fn(*args, **kwargs), sleeping with jitter between failed attempts.

    Blocking on purpose: only use it from threads or scripts, never on the reactor thread.
    """
    retry_on = tuple(retry_on)
    attempt = 0
    while True:
        try:
            return fn(*args, **kwargs)
        except retry_on as exc:  # type: ignore[misc]
            attempt += 1
            if attempt > retries:
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.5)
            logger.warning("%s failed (%s), retry %d/%d in %.1fs", getattr(fn, "__qualname__", fn), exc, attempt, retries, delay)
            time.sleep(delay)


def completion(done: int, total: int) -> float:
    """Fraction of work done, for progress logging in long backfills."""
    if total <= 0:
        return 1.0
    return min(1.0, done / float(total))
