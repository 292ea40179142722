"""Dedupe + conversation keying for ``op.stateful_map``."""
from __future__ import annotations

from collections import OrderedDict
from datetime import timedelta

from common.schema import SupportMessage
from common.text import fingerprint

WINDOW = timedelta(minutes=30)
MAX_SEEN = 500


class SeenSet:
    """Bounded insertion-ordered set of fingerprints with timestamps."""

    def __init__(self, max_items: int = MAX_SEEN):
        self.max_items = max_items
        self._items: OrderedDict[str, float] = OrderedDict()

    @classmethod
    def create(cls, max_items: int = MAX_SEEN) -> "SeenSet":
        return cls(max_items=max_items)

    def add(self, key: str, ts: float) -> None:
        self._items[key] = ts
        self._items.move_to_end(key)
        while len(self._items) > self.max_items:
            self._items.popitem(last=False)

    def seen_recently(self, key: str, ts: float) -> bool:
        prev = self._items.get(key)
        return prev is not None and ts - prev < WINDOW.total_seconds()


def conversation_key(msg: SupportMessage) -> str:
    return msg.conversation_id


def dedupe(state: SeenSet | None, msg: SupportMessage) -> tuple[SeenSet, SupportMessage | None]:
    if state is None:
        state = SeenSet.create()
    fp = fingerprint(msg.body)
    ts = msg.received_at.timestamp()
    if state.seen_recently(fp, ts):
        return state, None
    state.add(fp, ts)
    return state, msg
