from __future__ import annotations

from itertools import islice
from typing import Iterable, Iterator, List, TypeVar

T = TypeVar("T")


def chunked(items: Iterable[T], size: int) -> Iterator[List[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def split_evenly(items: List[T], n_parts: int) -> List[List[T]]:
    if n_parts <= 0:
        raise ValueError("n_parts must be positive")
    k, m = divmod(len(items), n_parts)
    return [items[i * k + min(i, m):(i + 1) * k + min(i + 1, m)] for i in range(n_parts) if items[i * k + min(i, m):(i + 1) * k + min(i + 1, m)]]
