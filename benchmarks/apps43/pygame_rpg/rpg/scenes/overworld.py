"""The walkable village map. Handles NPC barks, interactions and quest pickup."""
from __future__ import annotations

import json
import logging
import random

import pygame

from rpg.ai.prompts import BARK_PROMPT
from rpg.entities import NPC, Player
from rpg.save.savegame import load_game
from rpg.scenes.base import Scene
from rpg.ui.textbox import FloatingText, draw_text
from settings import AI_SETTINGS, ASSETS, TILE_SIZE

log = logging.getLogger(__name__)

ACTIVITIES = ("sweeping the porch", "counting coins", "watching the clouds", "humming an old song")


class World:
    def __init__(self, data: dict, player: Player):
        self.region_name = data.get("region", "Emberfall")
        self.walls = [pygame.Rect(x * TILE_SIZE, y * TILE_SIZE, TILE_SIZE, TILE_SIZE) for x, y in data.get("walls", [])]
        self.player = player
        self.npcs: list[NPC] = []
        self.item_names = data.get("items", ["herb", "rat tail", "old key"])
        self.recent_events: list[str] = []

    def blocked(self, rect: pygame.Rect) -> bool:
        return rect.collidelist(self.walls) != -1

    def nearest_npc(self, radius: float = 48) -> NPC | None:
        close = [n for n in self.npcs if n.distance_to(self.player) <= radius]
        return min(close, key=lambda n: n.distance_to(self.player)) if close else None


class OverworldScene(Scene):
    def on_enter(self, new_game: bool = False, load_slot: str | None = None, **kwargs) -> None:
        with open(ASSETS / "maps" / "village.json", encoding="utf-8") as fh:
            data = json.load(fh)
        self.player = Player(*data["spawn"])
        self.world = World(data, self.player)
        memory_client = self.game.services.get("ollama")
        for npc_data in data["npcs"]:
            self.world.npcs.append(NPC.from_map(npc_data, memory_client=memory_client))
        if load_slot:
            load_game(load_slot, self)
        self.floating: list[FloatingText] = []
        self.quest_gen = self.game.quest_generator
        self._bark_jobs: set[str] = set()

    # ---------------------------------------------------------------- barks
    def _bark(self, npc: NPC) -> str:
        """Runs on the worker. Short ambient lines use Groq directly: cheap and fast."""
        client = self.game.services["groq"]
        prompt = BARK_PROMPT.replace("$name", npc.name).replace("$role", npc.role).replace(
            "$activity", random.choice(ACTIVITIES)
        )
        resp = client.chat.completions.create(
            model=AI_SETTINGS.groq_model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=30,
            temperature=1.1,
        )
        return resp.choices[0].message.content.strip().strip('"')

    def _maybe_bark(self, npc: NPC) -> None:
        if npc.bark_cooldown > 0 or npc.id in self._bark_jobs or AI_SETTINGS.offline:
            return
        if npc.distance_to(self.player) > 200:
            return
        npc.bark_cooldown = random.uniform(15, 40)
        self._bark_jobs.add(npc.id)

        def done(text: str, npc=npc) -> None:
            self._bark_jobs.discard(npc.id)
            self.floating.append(FloatingText(text, npc))

        def failed(exc: BaseException, npc=npc) -> None:
            self._bark_jobs.discard(npc.id)

        self.game.worker.submit(self._bark, npc, tag="bark", on_done=done, on_error=failed)

    # ---------------------------------------------------------------- events
    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type != pygame.KEYDOWN:
            return
        if event.key in (pygame.K_e, pygame.K_RETURN):
            npc = self.world.nearest_npc()
            if npc is not None:
                npc.talking = True
                self.manager.push("dialogue", npc=npc, world=self.world)
        elif event.key == pygame.K_q:
            npc = self.world.nearest_npc()
            if npc is not None and not self.game.worker.busy("quest"):
                self.quest_gen.request(npc, self.world)
                self.floating.append(FloatingText("Hmm, let me think...", npc))
        elif event.key == pygame.K_ESCAPE:
            self.manager.push("pause")
        elif event.key == pygame.K_BACKQUOTE:
            self.manager.push("console")

    def update(self, dt: float) -> None:
        pressed = pygame.key.get_pressed()
        self.player.handle_input({
            "up": pressed[pygame.K_w] or pressed[pygame.K_UP],
            "down": pressed[pygame.K_s] or pressed[pygame.K_DOWN],
            "left": pressed[pygame.K_a] or pressed[pygame.K_LEFT],
            "right": pressed[pygame.K_d] or pressed[pygame.K_RIGHT],
        })
        self.player.update(dt, self.world)
        for npc in self.world.npcs:
            npc.update(dt, self.world)
            self._maybe_bark(npc)
        for quest in self.quest_gen.take_pending():
            self.player.quests.append(quest)
            self.world.recent_events.append(f"{quest.giver} offered '{quest.title}'")
            self.floating.append(FloatingText(f"New quest: {quest.title}", self.player))
        self.floating = [f for f in self.floating if f.update(dt)]
        self.game.camera.follow(self.player)

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((46, 80, 52))
        cam = self.game.camera
        for wall in self.world.walls:
            pygame.draw.rect(surface, (70, 60, 50), cam.apply(wall))
        for npc in self.world.npcs:
            npc.draw(surface, cam, self.game.sprites)
        self.player.draw(surface, cam, self.game.sprites)
        for f in self.floating:
            f.draw(surface, cam)
        if self.game.worker.busy():
            draw_text(surface, "...", (surface.get_width() - 30, 10), size=18)
