"""Thread-pool fan-out for per-row calls inside a node."""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable, Iterable, TypeVar

T = TypeVar("T")


def fan_out(fn: Callable[..., T], kwargs_list: Iterable[dict[str, Any]], max_workers: int = 8) -> list[T]:
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures: list[Future[T]] = [pool.submit(fn, **kw) for kw in kwargs_list]
        return [f.result() for f in futures]


def chunked(seq: list[T], n: int) -> list[list[T]]:
    return [seq[i : i + n] for i in range(0, len(seq), n)]
