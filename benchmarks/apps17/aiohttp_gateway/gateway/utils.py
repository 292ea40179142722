import logging
import re
import time
from contextlib import contextmanager
from typing import Iterator, List, Sequence, TypeVar

T = TypeVar("T")

log = logging.getLogger("gateway.timing")
_ws = re.compile(r"\s+")


def normalize(text: str) -> str:
    return _ws.sub(" ", text).strip()


def truncate(text: str, limit: int = 4000) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def batched(items: Sequence[T], size: int) -> Iterator[List[T]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def sse(data: str, event: str = "") -> bytes:
    head = f"event: {event}\n" if event else ""
    body = "".join(f"data: {line}\n" for line in data.split("\n"))
    return (head + body + "\n").encode("utf-8")


@contextmanager
def timed(label: str, **extra):
    start = time.perf_counter()
    try:
        yield
    finally:
        elapsed = (time.perf_counter() - start) * 1000
        log.info("%s took %.1fms", label, elapsed, extra=extra or None)
