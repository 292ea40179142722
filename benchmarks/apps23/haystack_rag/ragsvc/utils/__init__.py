"""Small shared helpers."""
from __future__ import annotations

from itertools import islice
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """itertools.batched for 3.10/3.11 (returns lists, not tuples)."""
    if size < 1:
        raise ValueError("size must be >= 1")
    it = iter(items)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk
