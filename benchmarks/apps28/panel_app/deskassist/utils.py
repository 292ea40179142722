"""Misc helpers: retries (we don't want tenacity in the serving image) and text utils."""
from __future__ import annotations

import asyncio
import logging
import random
import re
import textwrap
import time
from typing import Any, Awaitable, Callable, TypeVar

T = TypeVar("T")


log = logging.getLogger(__name__)

RETRYABLE_NAMES = {"RateLimitError", "APITimeoutError", "APIConnectionError", "ThrottlingException",
                   "InternalServerError", "ServiceUnavailableError", "TooManyRequestsError"}


def _is_retryable(exc: BaseException) -> bool:
    return type(exc).__name__ in RETRYABLE_NAMES


def with_retries(fn: Callable[..., T], *args: Any, attempts: int = 3, base_delay: float = 1.0,
                 **kwargs: Any) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            if attempt == attempts or not _is_retryable(exc):
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.random() / 4
            log.warning("retrying %s after %s (%.1fs)", getattr(fn, "__qualname__", fn), exc, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")


async def with_retries_async(fn: Callable[..., Awaitable[T]], *args: Any, attempts: int = 3,
                             base_delay: float = 1.0, **kwargs: Any) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:
            if attempt == attempts or not _is_retryable(exc):
                raise
            await asyncio.sleep(base_delay * 2 ** (attempt - 1))
    raise AssertionError("unreachable")


# ---------------------------------------------------------------- text

_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


def chunk_text(text: str, size: int = 1200, overlap: int = 150) -> list[str]:
    text = squash(text)
    if len(text) <= size:
        return [text] if text else []
    chunks, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        chunks.append(text[start:end])
        if end == len(text):
            break
        start = end - overlap
    return chunks


def to_markdown_quote(text: str, width: int = 100) -> str:
    return "\n".join("> " + line for line in textwrap.wrap(text, width=width))


def anthropic_text(message) -> str:
    return "".join(getattr(b, "text", "") for b in message.content)


def bedrock_text(response: dict) -> str:
    blocks = response["output"]["message"]["content"]
    return "".join(b.get("text", "") for b in blocks)
