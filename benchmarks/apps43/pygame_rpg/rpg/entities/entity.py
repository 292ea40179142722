from __future__ import annotations

import itertools

import pygame

from rpg.entities.components import Collider, SpriteAnim, Transform, Velocity
from settings import TILE_SIZE

_ids = itertools.count(1)


class Entity:
    def __init__(self, x: float, y: float, sprite: str = "placeholder", eid: str | None = None):
        self.id = eid or f"e{next(_ids)}"
        self.transform = Transform(x, y)
        self.velocity = Velocity()
        self.collider = Collider()
        self.anim = SpriteAnim(sprite)
        self.alive = True

    @property
    def rect(self) -> pygame.Rect:
        return self.collider.rect_at(self.transform.x, self.transform.y)

    def distance_to(self, other: "Entity") -> float:
        return self.transform.pos.distance_to(other.transform.pos)

    def tile(self) -> tuple[int, int]:
        return int(self.transform.x // TILE_SIZE), int(self.transform.y // TILE_SIZE)

    def update(self, dt: float, world) -> None:
        v = self.velocity
        moving = bool(v.dx or v.dy)
        if moving:
            nx = self.transform.x + v.dx * v.speed * dt
            ny = self.transform.y + v.dy * v.speed * dt
            if not world.blocked(self.collider.rect_at(nx, self.transform.y)):
                self.transform.x = nx
            if not world.blocked(self.collider.rect_at(self.transform.x, ny)):
                self.transform.y = ny
        self.anim.update(dt, moving)

    def draw(self, surface: pygame.Surface, camera, sprites) -> None:
        img = sprites.frame(self.anim.sheet, self.transform.facing, self.anim.frame)
        surface.blit(img, camera.apply(self.rect))
