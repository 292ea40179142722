"""Run metrics that end up in the ENRICHMENT.RUNS table and flow logs."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Dict


def completion(done: int, total: int) -> float:
    """Fraction of records processed, 0..1. An empty run counts as complete."""
    if total <= 0:
        return 1.0
    return round(min(done, total) / total, 4)


@dataclass
class Counter:
    values: Dict[str, int] = field(default_factory=dict)

    def incr(self, key: str, by: int = 1) -> None:
        self.values[key] = self.values.get(key, 0) + by

    def get(self, key: str) -> int:
        return self.values.get(key, 0)


class Timer:
    def __init__(self) -> None:
        self.started = time.monotonic()
        self.elapsed = 0.0

    def __enter__(self) -> "Timer":
        self.started = time.monotonic()
        return self

    def __exit__(self, *exc) -> None:
        self.elapsed = time.monotonic() - self.started
