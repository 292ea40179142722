"""Player inventory."""
from collections import Counter
from typing import Dict, List

from game import events
from game.items import ITEM_TABLE, Item


class Inventory:
    def __init__(self, capacity: int = 24):
        self.capacity = capacity
        self.counts: Counter = Counter()
        self.gold = 0

    def add(self, item_id: str, n: int = 1) -> bool:
        if len(self.counts) >= self.capacity and item_id not in self.counts:
            return False
        self.counts[item_id] += n
        base.quest_log.notify("fetch", item_id)
        return True

    def remove(self, item_id: str, n: int = 1) -> bool:
        if self.counts[item_id] < n:
            return False
        self.counts[item_id] -= n
        if not self.counts[item_id]:
            del self.counts[item_id]
        return True

    def items(self) -> List[Item]:
        return [ITEM_TABLE[i] for i in self.counts if i in ITEM_TABLE]

    def inspect(self, item_id: str) -> None:
        item = ITEM_TABLE[item_id]
        if item.description is None:
            # describer lives on base; runs in the background worker
            base.worker.submit(self._describe, item)
        else:
            messenger.send(events.ITEM_DESCRIBED, [item])

    def _describe(self, item: Item) -> None:
        item.description = base.item_describer.describe(item)
        base.worker.call_on_main(messenger.send, events.ITEM_DESCRIBED, [item])

    def to_dict(self) -> Dict:
        return {"gold": self.gold, "items": dict(self.counts)}
