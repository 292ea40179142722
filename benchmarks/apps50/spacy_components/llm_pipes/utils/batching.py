from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor, as_completed
from itertools import islice
from typing import Callable, Iterable, Iterator, List, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def chunked(items: Iterable[T], size: int) -> Iterator[List[T]]:
    it = iter(items)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch


def map_ordered(fn: Callable[[T], R], items: Sequence[T], max_workers: int = 4) -> List[R]:
    """Thread-pool map that keeps input order (LLM calls are IO bound)."""
    results: List[R] = [None] * len(items)  # type: ignore[list-item]
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = {pool.submit(fn, item): i for i, item in enumerate(items)}
        for fut in as_completed(futures):
            results[futures[fut]] = fut.result()
    return results
