"""Small helpers shared by the services: text munging, token budgeting, retries."""
from __future__ import annotations

import asyncio
import random
import re
from typing import Any, Awaitable, Callable, Iterator, List, Sequence, Tuple, Type, TypeVar

import tiktoken

from app.logging_config import get_logger

log = get_logger(__name__)

T = TypeVar("T")

_WS = re.compile(r"\s+")
_SIGNATURE = re.compile(r"\n--\s*\n.*\Z", re.S)


def batched(items: Sequence[T], size: int) -> Iterator[List[T]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def normalise_whitespace(text: str) -> str:
    return _WS.sub(" ", text).strip()


def strip_email_signature(body: str) -> str:
    return _SIGNATURE.sub("", body)


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def truncate_to_tokens(text: str, max_tokens: int) -> str:
    enc = tiktoken.get_encoding("o200k_base")
    tokens = enc.encode(text)
    if len(tokens) <= max_tokens:
        return text
    return enc.decode(tokens[:max_tokens])


async def with_retries(
    fn: Callable[..., Awaitable[T]],
    *args: Any,
    attempts: int = 3,
    base_delay: float = 0.5,
    retry_on: Tuple[Type[BaseException], ...] = (Exception,),
    **kwargs: Any,
) -> T:
    """Retry for failures the SDKs' own retry logic does not cover (200s with an empty
    body, JSON we could not parse, ...)."""
    last_exc = None
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except retry_on as exc:  # noqa: PERF203
            last_exc = exc
            if attempt == attempts:
                break
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.25)
            log.warning("retrying", fn=getattr(fn, "__qualname__", repr(fn)), attempt=attempt, delay=delay)
            await asyncio.sleep(delay)
    assert last_exc is not None
    raise last_exc
