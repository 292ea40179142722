"""Small helpers shared by providers and servicers."""
from __future__ import annotations

import asyncio
import functools
import logging
import random
from typing import Any, Awaitable, Callable, Dict, Iterable, List, Optional, TypeVar

from modelgw.config import settings

log = logging.getLogger(__name__)

T = TypeVar("T")

_RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None)
    if status is not None:
        return status in _RETRYABLE_STATUS
    return isinstance(exc, (ConnectionError, asyncio.TimeoutError))


async def retry_async(
    fn: Callable[..., Awaitable[T]],
    *args: Any,
    attempts: Optional[int] = None,
    base_delay: float = 0.5,
    **kwargs: Any,
) -> T:
    """Call ``fn(*args, **kwargs)`` with jittered exponential backoff.

    The vendor SDKs already retry connection errors; this is for the 529/overloaded
    cases where we want a longer wait than the SDK default.
    """
    attempts = attempts or settings.max_retries + 1
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if attempt == attempts or not _is_retryable(exc):
                raise
            delay = base_delay * (2 ** (attempt - 1)) * (0.5 + random.random())
            log.warning("retrying %s after %s (attempt %d/%d)", getattr(fn, "__qualname__", fn), exc, attempt, attempts)
            await asyncio.sleep(delay)
    raise RuntimeError("unreachable")


def to_chat_messages(messages: Iterable[Any], system: str = "") -> List[Dict[str, str]]:
    """Proto ChatMessage list -> OpenAI style dicts (system prompt first)."""
    out: List[Dict[str, str]] = []
    if system:
        out.append({"role": "system", "content": system})
    for m in messages:
        out.append({"role": m.role or "user", "content": m.content})
    return out


def split_system(messages: List[Dict[str, str]]):
    """Anthropic wants the system prompt outside of the message list."""
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [m for m in messages if m["role"] != "system"]
    return system, rest


@functools.lru_cache(maxsize=8)
def _encoding(name: str):
    import tiktoken

    try:
        return tiktoken.encoding_for_model(name)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def estimate_tokens(text: str, model: str = "gpt-4o") -> int:
    """Local token estimate, used for budgeting before a request is sent."""
    return len(_encoding(model).encode(text))


def chunked(items: List[T], size: int) -> List[List[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


async def wait_for_completion(tasks: List["asyncio.Task[Any]"], timeout: float) -> List[Any]:
    """Wait for fan-out tasks; cancels whatever is still running at the deadline."""
    done, pending = await asyncio.wait(tasks, timeout=timeout)
    for task in pending:
        task.cancel()
    return [t.result() for t in done if not t.cancelled() and t.exception() is None]
