from __future__ import annotations

import pygame

from rpg.save.savegame import save_game
from rpg.scenes.base import Scene
from rpg.ui.textbox import draw_text


class PauseScene(Scene):
    transparent = True
    OPTIONS = ("Resume", "Quest Board", "Save", "Quit to Title")

    def on_enter(self, **kwargs) -> None:
        self.index = 0
        self.message = ""

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type != pygame.KEYDOWN:
            return
        if event.key == pygame.K_ESCAPE:
            self.manager.pop()
        elif event.key in (pygame.K_UP, pygame.K_w):
            self.index = (self.index - 1) % len(self.OPTIONS)
        elif event.key in (pygame.K_DOWN, pygame.K_s):
            self.index = (self.index + 1) % len(self.OPTIONS)
        elif event.key == pygame.K_RETURN:
            opt = self.OPTIONS[self.index]
            overworld = self.manager.stack[-2]
            if opt == "Resume":
                self.manager.pop()
            elif opt == "Quest Board":
                self.manager.push("quest_board", world=overworld.world)
            elif opt == "Save":
                save_game("slot1", overworld)
                self.message = "Saved."
            else:
                self.manager.replace("title")

    def draw(self, surface: pygame.Surface) -> None:
        veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        veil.fill((0, 0, 0, 150))
        surface.blit(veil, (0, 0))
        cx = surface.get_width() // 2
        for i, opt in enumerate(self.OPTIONS):
            color = (255, 220, 120) if i == self.index else (200, 200, 210)
            draw_text(surface, opt, (cx, 180 + i * 40), color=color, center=True)
        if self.message:
            draw_text(surface, self.message, (cx, 380), size=18, center=True)
