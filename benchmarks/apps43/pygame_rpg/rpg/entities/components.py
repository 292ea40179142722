"""Small components attached to entities. Not a full ECS, just composition."""
from __future__ import annotations

from dataclasses import dataclass, field

import pygame


@dataclass
class Transform:
    x: float
    y: float
    facing: str = "down"

    @property
    def pos(self) -> pygame.Vector2:
        return pygame.Vector2(self.x, self.y)


@dataclass
class Velocity:
    dx: float = 0.0
    dy: float = 0.0
    speed: float = 120.0


@dataclass
class Collider:
    w: int = 24
    h: int = 24
    solid: bool = True

    def rect_at(self, x: float, y: float) -> pygame.Rect:
        return pygame.Rect(int(x) - self.w // 2, int(y) - self.h // 2, self.w, self.h)


@dataclass
class Health:
    hp: int = 10
    max_hp: int = 10

    def damage(self, amount: int) -> bool:
        self.hp = max(0, self.hp - amount)
        return self.hp == 0

    def heal(self, amount: int) -> None:
        self.hp = min(self.max_hp, self.hp + amount)


@dataclass
class Inventory:
    gold: int = 0
    items: dict[str, int] = field(default_factory=dict)

    def add(self, item: str, n: int = 1) -> None:
        self.items[item] = self.items.get(item, 0) + n

    def remove(self, item: str, n: int = 1) -> bool:
        if self.items.get(item, 0) < n:
            return False
        self.items[item] -= n
        if not self.items[item]:
            del self.items[item]
        return True


@dataclass
class SpriteAnim:
    sheet: str
    frame: int = 0
    timer: float = 0.0
    frame_time: float = 0.15
    frames: int = 4

    def update(self, dt: float, moving: bool) -> None:
        if not moving:
            self.frame = 0
            return
        self.timer += dt
        if self.timer >= self.frame_time:
            self.timer -= self.frame_time
            self.frame = (self.frame + 1) % self.frames
