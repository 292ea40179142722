from __future__ import annotations

import pygame

from rpg.save.savegame import list_saves
from rpg.scenes.base import Scene
from rpg.ui.textbox import draw_text


class TitleScene(Scene):
    OPTIONS = ("New Game", "Continue", "Quit")

    def on_enter(self, **kwargs) -> None:
        self.index = 0
        self.has_saves = bool(list_saves())

    def name_allowed(self, name: str) -> bool:
        """Player names show up in NPC prompts, so screen them first."""
        client = self.game.services.get("openai")
        if client is None:
            return name.isalpha()
        result = client.moderations.create(model="omni-moderation-latest", input=name)
        return not result.results[0].flagged

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type != pygame.KEYDOWN:
            return
        if event.key in (pygame.K_UP, pygame.K_w):
            self.index = (self.index - 1) % len(self.OPTIONS)
        elif event.key in (pygame.K_DOWN, pygame.K_s):
            self.index = (self.index + 1) % len(self.OPTIONS)
        elif event.key in (pygame.K_RETURN, pygame.K_e):
            choice = self.OPTIONS[self.index]
            if choice == "New Game":
                self.manager.replace("overworld", new_game=True)
            elif choice == "Continue" and self.has_saves:
                self.manager.replace("overworld", load_slot=list_saves()[0])
            elif choice == "Quit":
                self.game.running = False

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((12, 10, 24))
        draw_text(surface, "EMBERFALL", (surface.get_width() // 2, 120), size=48, center=True)
        for i, opt in enumerate(self.OPTIONS):
            color = (255, 220, 120) if i == self.index else (180, 180, 200)
            if opt == "Continue" and not self.has_saves:
                color = (90, 90, 100)
            draw_text(surface, opt, (surface.get_width() // 2, 260 + i * 40), color=color, center=True)
