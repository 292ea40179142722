import logging
import random
import re
import time
from html import unescape
from typing import Callable, Iterable, Iterator, List, Sequence, Tuple, Type, TypeVar

from .errors import TransientProviderError

T = TypeVar("T")

_TAG_RE = re.compile(r"<[^>]+>")
_WS_RE = re.compile(r"\s+")


def get_logger(name: str) -> logging.Logger:
    logger = logging.getLogger(f"catalog_enrichment.{name}")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return logger


log = get_logger("utils")


def chunked(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def clean_html(text: str) -> str:
    if not text:
        return ""
    return _WS_RE.sub(" ", unescape(_TAG_RE.sub(" ", text))).strip()


def completion_ratio(done: int, total: int) -> float:
    """Share of rows that got an enrichment, for asset metadata."""
    if total <= 0:
        return 1.0
    return round(done / total, 4)


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, TransientProviderError):
        return True
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    if status in (408, 409, 429, 500, 502, 503, 504, 529):
        return True
    return type(exc).__name__ in {"APITimeoutError", "APIConnectionError", "RateLimitError", "ServiceUnavailable"}


def with_retries(
    fn: Callable[..., T],
    *args,
    attempts: int = 4,
    base_delay: float = 2.0,
    retry_on: Tuple[Type[BaseException], ...] = (Exception,),
    **kwargs,
) -> T:
    """Call ``fn`` with exponential backoff on transient errors.

    Most SDKs retry on their own; this exists for the handful of places where we
    saw 529s / 503s outlast the SDK's retries during big backfills.
    """
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except retry_on as exc:
            if attempt == attempts or not _is_transient(exc):
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 1)
            log.warning("transient error (%s), retry %d/%d in %.1fs", exc, attempt, attempts, delay)
            time.sleep(delay)
    raise RuntimeError("unreachable")


def dedupe(values: Iterable[str]) -> List[str]:
    seen = set()
    out = []
    for value in values:
        key = value.strip().lower()
        if key and key not in seen:
            seen.add(key)
            out.append(value.strip())
    return out
