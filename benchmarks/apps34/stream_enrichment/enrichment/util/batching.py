from __future__ import annotations

from itertools import islice
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")


def chunked(it: Iterable[T], n: int) -> Iterator[list[T]]:
    it = iter(it)
    while batch := list(islice(it, n)):
        yield batch


class BatchBuffer:
    """Tiny accumulator used by the legacy consumer."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: list = []

    def add(self, item) -> list | None:
        self.items.append(item)
        if len(self.items) >= self.size:
            out, self.items = self.items, []
            return out
        return None

    def drain(self) -> list:
        out, self.items = self.items, []
        return out
