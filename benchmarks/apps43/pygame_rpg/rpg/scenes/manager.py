from __future__ import annotations

import logging

import pygame

from rpg.scenes.base import Scene

log = logging.getLogger(__name__)


class SceneManager:
    def __init__(self, game):
        self.game = game
        self.stack: list[Scene] = []
        self._registry: dict[str, type[Scene]] = {}

    def register(self, name: str, scene_cls: type[Scene]) -> None:
        self._registry[name] = scene_cls

    def create(self, name: str) -> Scene:
        scene = self._registry[name](self.game)
        scene.manager = self
        return scene

    @property
    def top(self) -> Scene | None:
        return self.stack[-1] if self.stack else None

    def push(self, name: str, **kwargs) -> Scene:
        scene = self.create(name)
        self.stack.append(scene)
        scene.on_enter(**kwargs)
        log.debug("push %s", name)
        return scene

    def pop(self) -> None:
        if self.stack:
            self.stack.pop().on_exit()

    def replace(self, name: str, **kwargs) -> Scene:
        while self.stack:
            self.pop()
        return self.push(name, **kwargs)

    def handle_event(self, event: pygame.event.Event) -> None:
        if self.top:
            self.top.handle_event(event)

    def update(self, dt: float) -> None:
        if self.top:
            self.top.update(dt)

    def draw(self, surface: pygame.Surface) -> None:
        start = len(self.stack) - 1
        while start > 0 and self.stack[start].transparent:
            start -= 1
        for scene in self.stack[start:]:
            scene.draw(surface)
