from __future__ import annotations

import random
from dataclasses import dataclass

from rpg.ai.memory import NPCMemory
from rpg.entities.entity import Entity


@dataclass
class LootEntry:
    item: str
    weight: int
    min_n: int = 1
    max_n: int = 1


class LootTable:
    def __init__(self, entries: list[LootEntry], rolls: int = 1, seed: int | None = None):
        self.entries = entries
        self.rolls = rolls
        self._rng = random.Random(seed)

    def generate(self) -> dict[str, int]:
        drops: dict[str, int] = {}
        weights = [e.weight for e in self.entries]
        for _ in range(self.rolls):
            e = self._rng.choices(self.entries, weights=weights)[0]
            drops[e.item] = drops.get(e.item, 0) + self._rng.randint(e.min_n, e.max_n)
        return drops


class NPC(Entity):
    def __init__(
        self,
        x: float,
        y: float,
        npc_id: str,
        name: str,
        role: str,
        personality: str,
        appearance: str = "",
        voice: str = "default",
        backend_name: str | None = None,
        canned: list[str] | None = None,
        memory_client=None,
    ):
        super().__init__(x, y, sprite=f"npc_{npc_id}", eid=npc_id)
        self.name = name
        self.role = role
        self.personality = personality
        self.appearance = appearance or f"a {role}"
        self.voice = voice
        self.backend_name = backend_name
        self.brain = None  # set by the scene when the map has an explicit backend instance
        self.canned = canned or []
        self.memory = NPCMemory(name, client=memory_client)
        self.bark_cooldown = random.uniform(8, 20)
        self.talking = False
        self.loot: LootTable | None = None
        self.wander_timer = 0.0

    def update(self, dt: float, world) -> None:
        if not self.talking:
            self.wander_timer -= dt
            if self.wander_timer <= 0:
                self.wander_timer = random.uniform(1.5, 4.0)
                self.velocity.dx = random.choice((-1, 0, 0, 1))
                self.velocity.dy = random.choice((-1, 0, 0, 1))
                self.velocity.speed = 40
        else:
            self.velocity.dx = self.velocity.dy = 0
        self.bark_cooldown -= dt
        super().update(dt, world)

    def think(self, system: str, messages: list[dict]) -> str:
        """Ask the NPC's own brain directly; used by cutscenes with scripted context."""
        if self.brain is None:
            return random.choice(self.canned or ["..."])
        return self.brain.complete(system, messages)

    def on_defeat(self) -> dict[str, int]:
        return self.loot.generate() if self.loot else {}

    @classmethod
    def from_map(cls, data: dict, memory_client=None) -> "NPC":
        return cls(
            data["x"], data["y"], data["id"], data["name"], data["role"], data.get("personality", "plain"),
            appearance=data.get("appearance", ""), voice=data.get("voice", "default"),
            backend_name=data.get("backend"), canned=data.get("canned"), memory_client=memory_client,
        )
