"""Grab-bag of helpers: retries, text clean-up, timing, thread pools.

(Used to be a utils/ package; flattened in 0.8 because nobody could find anything.)
"""
from __future__ import annotations

import logging
import random
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from typing import Any, TypeVar

import click

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


# --- retries -----------------------------------------------------------------------
# The SDKs have their own retries but they don't back off on 529/overloaded from
# Anthropic or on Bedrock ThrottlingException, hence this.

RETRYABLE_NAMES = {
    "RateLimitError",
    "APIConnectionError",
    "APITimeoutError",
    "InternalServerError",
    "OverloadedError",
    "ThrottlingException",
    "ServiceUnavailableError",
    "TooManyRequestsError",
}


def _is_retryable(exc: BaseException) -> bool:
    if type(exc).__name__ in RETRYABLE_NAMES:
        return True
    status = getattr(exc, "status_code", None)
    if status in {408, 429, 500, 502, 503, 529}:
        return True
    # botocore ClientError
    code = getattr(exc, "response", {}) or {}
    if isinstance(code, dict) and code.get("Error", {}).get("Code") in RETRYABLE_NAMES:
        return True
    return False


def with_retries(fn: Callable[..., T], *args: Any, attempts: int = 4, base_delay: float = 1.0, **kwargs: Any) -> T:
    """Call ``fn(*args, **kwargs)`` with exponential backoff on transient errors."""
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            if attempt == attempts or not _is_retryable(exc):
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.uniform(0, 0.5)
            log.info("retrying %s after %s (attempt %d/%d, sleeping %.1fs)",
                     getattr(fn, "__qualname__", fn), type(exc).__name__, attempt, attempts, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")


def retrying(attempts: int = 4) -> Callable[[Callable[..., T]], Callable[..., T]]:
    def deco(fn: Callable[..., T]) -> Callable[..., T]:
        def wrapper(*args: Any, **kwargs: Any) -> T:
            return with_retries(fn, *args, attempts=attempts, **kwargs)

        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper

    return deco


# --- text ---------------------------------------------------------------------------

_WS = re.compile(r"\s+")
_CODE_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.MULTILINE)


def normalise_whitespace(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", text or "")).strip()


def truncate_words(text: str, max_words: int) -> str:
    words = text.split()
    if len(words) <= max_words:
        return text
    return " ".join(words[:max_words]) + " ..."


def strip_code_fences(text: str) -> str:
    """Models keep wrapping JSON in ```json fences even when asked not to."""
    return _CODE_FENCE.sub("", text.strip())


def split_into_chunks(text: str, max_chars: int = 6000, overlap: int = 200) -> list[str]:
    """Split on paragraph boundaries, falling back to hard cuts."""
    if len(text) <= max_chars:
        return [text]
    paragraphs = text.split("\n\n")
    chunks: list[str] = []
    current = ""
    for para in paragraphs:
        if len(current) + len(para) + 2 <= max_chars:
            current = f"{current}\n\n{para}" if current else para
            continue
        if current:
            chunks.append(current)
        while len(para) > max_chars:
            chunks.append(para[:max_chars])
            para = para[max_chars - overlap:]
        current = para
    if current:
        chunks.append(current)
    return chunks


# --- timing -------------------------------------------------------------------------

class Timer:
    def __init__(self, label: str = ""):
        self.label = label
        self.elapsed = 0.0

    def __enter__(self) -> "Timer":
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.elapsed = time.perf_counter() - self._start

    def __str__(self) -> str:
        return f"{self.label}: {self.elapsed:.2f}s"


def timed(fn: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T, float]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start


# --- thread pools -------------------------------------------------------------------
# The SDKs are all blocking, so threads are the simplest win.

def run_parallel(
    fn: Callable[[T], R],
    items: Sequence[T],
    max_workers: int = 8,
    label: str = "processing",
    fail_fast: bool = False,
) -> list[R | None]:
    """Apply ``fn`` to every item in a thread pool, keeping input order.

    Failed items come back as ``None`` (and are logged) unless ``fail_fast``.
    """
    results: list[R | None] = [None] * len(items)
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures: dict[Future[R], int] = {pool.submit(fn, item): i for i, item in enumerate(items)}
        with click.progressbar(length=len(futures), label=label, file=click.get_text_stream("stderr")) as bar:
            for fut in as_completed(futures):
                idx = futures[fut]
                try:
                    results[idx] = fut.result()
                except Exception as exc:
                    if fail_fast:
                        for other in futures:
                            other.cancel()
                        raise
                    log.warning("item %d failed: %s", idx, exc)
                bar.update(1)
    return results


def chunked(items: Iterable[T], size: int) -> Iterable[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def submit_all(pool: ThreadPoolExecutor, fn: Callable[..., Any], kwargs_list: Iterable[dict]) -> list[Future]:
    return [pool.submit(fn, **kw) for kw in kwargs_list]
