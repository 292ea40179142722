"""Shared helpers: retry with backoff (we don't want tenacity just for this) and text utilities."""
import logging
import random
import re
import time
from typing import Callable, Iterable, List, Tuple, Type, TypeVar

T = TypeVar("T")

log = logging.getLogger(__name__)

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    if status is not None:
        return int(status) in RETRYABLE_STATUS
    return isinstance(exc, (TimeoutError, ConnectionError))


def with_retry(
    fn: Callable[..., T],
    *args,
    attempts: int = 3,
    base_delay: float = 0.5,
    retry_on: Tuple[Type[BaseException], ...] = (Exception,),
    **kwargs,
) -> T:
    """Call ``fn(*args, **kwargs)`` retrying transient failures with jittered backoff."""
    last_exc = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except retry_on as exc:  # noqa: PERF203
            last_exc = exc
            if attempt == attempts or not _is_retryable(exc):
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.25)
            log.warning("retrying %s after %s (attempt %d/%d)", getattr(fn, "__qualname__", fn), exc, attempt, attempts)
            time.sleep(delay)
    assert last_exc is not None
    raise last_exc



_MENTION_RE = re.compile(r"<@[A-Z0-9]+>")
_WS_RE = re.compile(r"\s+")


def strip_mentions(text: str) -> str:
    return _WS_RE.sub(" ", _MENTION_RE.sub("", text or "")).strip()


def truncate(text: str, limit: int = 3000, suffix: str = "…") -> str:
    if len(text) <= limit:
        return text
    return text[: limit - len(suffix)].rstrip() + suffix


def chunk(items: List, size: int) -> Iterable[List]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def split_for_embedding(text: str, max_chars: int = 2000) -> List[str]:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    out, buf = [], ""
    for para in paragraphs:
        if len(buf) + len(para) + 2 > max_chars and buf:
            out.append(buf)
            buf = para
        else:
            buf = f"{buf}\n\n{para}" if buf else para
    if buf:
        out.append(buf)
    return out


def completion(prefix: str, candidates: Iterable[str], limit: int = 25) -> List[str]:
    """Prefix completion for Slack option menus (external_select)."""
    prefix = (prefix or "").lower()
    hits = [c for c in candidates if c.lower().startswith(prefix)]
    if len(hits) < limit:
        hits += [c for c in candidates if prefix in c.lower() and c not in hits]
    return hits[:limit]
