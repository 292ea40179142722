"""Small helpers: text cleanup and retry-on-bad-output.

(The SDKs already retry on 429/5xx; ``with_retries`` is for the places where we
also want to retry when the model returns malformed JSON.)
"""
from __future__ import annotations

import functools
import logging
import random
import re
import time
import unicodedata
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

_WS = re.compile(r"[ \t\r\f\v]+")
_NL = re.compile(r"\n{3,}")


def normalise_whitespace(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _WS.sub(" ", text)
    return _NL.sub("\n\n", text).strip()


def truncate(text: str, limit: int, marker: str = " …") -> str:
    if len(text) <= limit:
        return text
    return text[: limit - len(marker)].rsplit(" ", 1)[0] + marker


def first_name(full_name: str) -> str:
    return (full_name or "").strip().split(" ")[0] or "there"


def slugify(value: str) -> str:
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)


def with_retries(fn: Callable[..., T], *args, attempts: int = 3, base_delay: float = 0.5,
                 retry_on: tuple[type[BaseException], ...] = (ValueError,), **kwargs) -> T:
    last: BaseException | None = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except retry_on as exc:  # noqa: PERF203
            last = exc
            delay = base_delay * (2 ** (attempt - 1)) + random.random() / 10
            log.warning("attempt %d/%d failed (%s); sleeping %.2fs", attempt, attempts, exc, delay)
            time.sleep(delay)
    assert last is not None
    raise last


def retrying(attempts: int = 3, retry_on: tuple[type[BaseException], ...] = (ValueError,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return with_retries(fn, *args, attempts=attempts, retry_on=retry_on, **kwargs)

        return wrapper

    return deco
