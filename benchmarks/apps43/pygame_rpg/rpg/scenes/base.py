from __future__ import annotations

import pygame


class Scene:
    """Base scene. ``game`` is the Game object from main.py (services, worker, etc.)."""

    transparent = False

    def __init__(self, game):
        self.game = game
        self.manager = None

    def on_enter(self, **kwargs) -> None:
        pass

    def on_exit(self) -> None:
        pass

    def handle_event(self, event: pygame.event.Event) -> None:
        pass

    def update(self, dt: float) -> None:
        pass

    def draw(self, surface: pygame.Surface) -> None:
        pass
