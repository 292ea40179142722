"""Emberfall entry point: window, services, scene manager, game loop."""
from __future__ import annotations

import argparse
import logging
import sys

import pygame

from rpg.ai import clients
from rpg.ai.dialogue_engine import DialogueEngine
from rpg.ai.portraits import PortraitService
from rpg.ai.quest_generator import QuestGenerator
from rpg.ai.tts import NPCVoice
from rpg.ai.worker import LLMWorker
from rpg.audio.mixer import Mixer
from rpg.debug.console import ConsoleScene
from rpg.scenes import SceneManager
from rpg.scenes.dialogue_scene import DialogueScene
from rpg.scenes.overworld import OverworldScene
from rpg.scenes.pause import PauseScene
from rpg.scenes.quest_board import QuestBoardScene
from rpg.scenes.title import TitleScene
from settings import AI_SETTINGS, FPS, SCREEN_HEIGHT, SCREEN_WIDTH, WINDOW_TITLE

log = logging.getLogger("emberfall")


class Camera:
    def __init__(self, w: int, h: int):
        self.offset = pygame.Vector2()
        self.w, self.h = w, h

    def follow(self, target) -> None:
        self.offset.update(target.transform.x - self.w / 2, target.transform.y - self.h / 2)

    def apply(self, rect: pygame.Rect) -> pygame.Rect:
        return rect.move(-int(self.offset.x), -int(self.offset.y))


class SpriteCache:
    def __init__(self):
        self._cache: dict[tuple, pygame.Surface] = {}

    def frame(self, sheet: str, facing: str, idx: int) -> pygame.Surface:
        key = (sheet, facing, idx)
        if key not in self._cache:
            surf = pygame.Surface((24, 24))
            surf.fill((200, 160, 90) if sheet == "player" else (120, 140, 200))
            self._cache[key] = surf
        return self._cache[key]


class Game:
    def __init__(self, dev: bool = False):
        pygame.init()
        self.screen = pygame.display.set_mode((SCREEN_WIDTH, SCREEN_HEIGHT))
        pygame.display.set_caption(WINDOW_TITLE)
        self.clock = pygame.time.Clock()
        self.running = True
        self.dev = dev
        self.camera = Camera(SCREEN_WIDTH, SCREEN_HEIGHT)
        self.sprites = SpriteCache()
        self.mic = None
        self.worker = LLMWorker(max_workers=AI_SETTINGS.max_workers, timeout=AI_SETTINGS.request_timeout + 5)
        self.services: dict[str, object] = self._make_services()
        self.dialogue = DialogueEngine(anthropic_client=self.services.get("anthropic"))
        self.quest_generator = QuestGenerator(self.services.get("groq"), self.worker)
        try:
            self.mixer = Mixer()
        except pygame.error:
            log.warning("no audio device; voices disabled")
            self.mixer = None
        self.tts = NPCVoice(self.services.get("openai"), self.worker, self.mixer)
        self.portraits = PortraitService(self.services["replicate"]) if "replicate" in self.services else None
        self.scenes = SceneManager(self)
        for name, cls in (
            ("title", TitleScene),
            ("overworld", OverworldScene),
            ("dialogue", DialogueScene),
            ("pause", PauseScene),
            ("quest_board", QuestBoardScene),
            ("console", ConsoleScene),
        ):
            self.scenes.register(name, cls)

    def _make_services(self) -> dict[str, object]:
        services: dict[str, object] = {"ollama": clients.make_ollama()}
        if AI_SETTINGS.offline:
            return services
        for name, getter in (
            ("openai", clients.get_openai),
            ("anthropic", clients.get_anthropic),
            ("groq", clients.get_groq),
            ("replicate", clients.get_replicate),
        ):
            try:
                services[name] = getter()
            except clients.MissingKeyError as exc:
                log.warning("%s", exc)
        return services

    def run(self) -> None:
        self.scenes.push("title")
        pygame.key.start_text_input()
        while self.running and self.scenes.top is not None:
            dt = self.clock.tick(FPS) / 1000.0
            for event in pygame.event.get():
                if event.type == pygame.QUIT:
                    self.running = False
                else:
                    self.scenes.handle_event(event)
            self.worker.poll()  # dispatch finished AI jobs on the main thread
            self.scenes.update(dt)
            if self.mixer:
                self.mixer.update()
            self.scenes.draw(self.screen)
            pygame.display.flip()
        self.worker.shutdown()
        pygame.quit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="emberfall")
    parser.add_argument("--dev", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    Game(dev=args.dev).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
