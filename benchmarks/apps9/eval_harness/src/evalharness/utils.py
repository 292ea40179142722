"""Small helpers: retry/backoff, text normalisation, token estimates."""
from __future__ import annotations

import functools
import logging
import random
import re
import string
import time
from typing import Callable, Iterable, Iterator, List, Optional, Sequence, Tuple, Type, TypeVar

import anthropic
import openai
import tiktoken

from evalharness.clients import get_anthropic_client

logger = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE: Tuple[Type[BaseException], ...] = (
    openai.RateLimitError,
    openai.APIConnectionError,
    openai.InternalServerError,
    anthropic.RateLimitError,
    anthropic.APIConnectionError,
    anthropic.InternalServerError,
)


def with_backoff(
    max_attempts: int = 5,
    base_delay: float = 1.0,
    max_delay: float = 60.0,
    retry_on: Tuple[Type[BaseException], ...] = RETRYABLE,
) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Exponential backoff with full jitter. The SDKs retry too, but only 2-3 times."""

    def decorator(fn: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs) -> T:
            attempt = 0
            while True:
                try:
                    return fn(*args, **kwargs)
                except retry_on as exc:
                    attempt += 1
                    if attempt >= max_attempts:
                        raise
                    delay = min(max_delay, base_delay * 2 ** attempt) * random.random()
                    logger.info("retrying %s after %s (%.1fs)", fn.__qualname__, type(exc).__name__, delay)
                    time.sleep(delay)

        return wrapper

    return decorator


def chunked(items: Sequence[T], size: int) -> Iterator[List[T]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


_ARTICLES = re.compile(r"\b(a|an|the)\b", re.IGNORECASE)
_PUNCT = str.maketrans("", "", string.punctuation)


def normalize_answer(text: str) -> str:
    """SQuAD-style normalisation."""
    text = text.lower().translate(_PUNCT)
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())


def truncate_at_stop(text: str, stop: Optional[Iterable[str]]) -> str:
    if not stop:
        return text
    cut = len(text)
    for s in stop:
        idx = text.find(s)
        if idx != -1:
            cut = min(cut, idx)
    return text[:cut]


@functools.lru_cache(maxsize=8)
def _encoding(model: str) -> "tiktoken.Encoding":
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def estimate_tokens(text: str, model: str = "gpt-4o") -> int:
    """Local estimate; used to pre-filter samples that would not fit the context window."""
    return len(_encoding(model).encode(text))


def count_claude_tokens(messages: List[dict], model: str, system: Optional[str] = None) -> int:
    kwargs = {"system": system} if system else {}
    result = get_anthropic_client().messages.count_tokens(model=model, messages=messages, **kwargs)
    return result.input_tokens
