from __future__ import annotations

import pygame

from rpg.scenes.base import Scene
from rpg.ui.textbox import draw_text


class QuestBoardScene(Scene):
    transparent = True

    def on_enter(self, world=None, **kwargs) -> None:
        self.world = world
        self.quests = []
        self.loading = True
        self.index = 0
        givers = [n for n in world.npcs if n.role in ("innkeeper", "guard", "farmer", "smith")]
        self.game.worker.submit(
            self.game.quest_generator.board_quests, givers, world, tag="board",
            on_done=self._loaded, on_error=lambda exc: self._loaded([]),
        )

    def _loaded(self, quests) -> None:
        self.quests = quests
        self.loading = False

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type != pygame.KEYDOWN:
            return
        if event.key == pygame.K_ESCAPE:
            self.manager.pop()
        elif event.key == pygame.K_RETURN and self.quests:
            quest = self.quests.pop(self.index)
            self.world.player.quests.append(quest)
            self.index = 0
        elif event.key in (pygame.K_DOWN, pygame.K_s) and self.quests:
            self.index = (self.index + 1) % len(self.quests)

    def draw(self, surface: pygame.Surface) -> None:
        pygame.draw.rect(surface, (60, 40, 25), pygame.Rect(120, 60, 720, 400), border_radius=8)
        if self.loading:
            draw_text(surface, "The board is being updated...", (480, 250), center=True)
            return
        if not self.quests:
            draw_text(surface, "Nothing posted today.", (480, 250), center=True)
        for i, q in enumerate(self.quests):
            color = (255, 230, 150) if i == self.index else (220, 210, 190)
            draw_text(surface, f"{q.title} - {q.reward_gold}g", (150, 90 + i * 60), color=color)
            draw_text(surface, q.flavor[:80], (160, 114 + i * 60), size=16)
