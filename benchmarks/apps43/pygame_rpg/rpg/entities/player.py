from __future__ import annotations

from rpg.entities.components import Health, Inventory
from rpg.entities.entity import Entity


class Player(Entity):
    def __init__(self, x: float, y: float, name: str = "Wren"):
        super().__init__(x, y, sprite="player", eid="player")
        self.name = name
        self.level = 1
        self.xp = 0
        self.health = Health(20, 20)
        self.inventory = Inventory(gold=15)
        self.quests: list = []

    def handle_input(self, pressed: dict[str, bool]) -> None:
        dx = (1 if pressed.get("right") else 0) - (1 if pressed.get("left") else 0)
        dy = (1 if pressed.get("down") else 0) - (1 if pressed.get("up") else 0)
        self.velocity.dx, self.velocity.dy = dx, dy
        if dx > 0:
            self.transform.facing = "right"
        elif dx < 0:
            self.transform.facing = "left"
        elif dy > 0:
            self.transform.facing = "down"
        elif dy < 0:
            self.transform.facing = "up"

    def gain_xp(self, amount: int) -> bool:
        self.xp += amount
        if self.xp >= self.level * 50:
            self.xp -= self.level * 50
            self.level += 1
            self.health.max_hp += 4
            self.health.heal(self.health.max_hp)
            return True
        return False
