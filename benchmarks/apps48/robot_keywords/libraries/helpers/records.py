"""Deterministic record factory (used when LLM-generated data is overkill)."""
from __future__ import annotations

import itertools
import random
from typing import Any

_FIRST = ["Ada", "Grace", "Linus", "Margaret", "Ken", "Barbara", "Dennis"]
_LAST = ["Lovelace", "Hopper", "Torvalds", "Hamilton", "Thompson", "Liskov", "Ritchie"]


class RecordFactory:
    def __init__(self, seed: int = 1234) -> None:
        self._rng = random.Random(seed)
        self._ids = itertools.count(1000)

    def create(self, entity: str, **overrides: Any) -> dict[str, Any]:
        builder = getattr(self, f"_build_{entity.lower()}", self._build_generic)
        record = builder()
        record.update(overrides)
        return record

    def _build_customer(self) -> dict[str, Any]:
        first, last = self._rng.choice(_FIRST), self._rng.choice(_LAST)
        return {
            "id": next(self._ids),
            "first_name": first,
            "last_name": last,
            "email": f"{first}.{last}@example.test".lower(),
        }

    def _build_ticket(self) -> dict[str, Any]:
        return {
            "id": next(self._ids),
            "subject": self._rng.choice(["Login fails", "Refund", "Invoice missing"]),
            "priority": self._rng.choice(["low", "normal", "high"]),
        }

    def _build_generic(self) -> dict[str, Any]:
        return {"id": next(self._ids)}
