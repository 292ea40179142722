from __future__ import annotations

import logging
from pathlib import Path

import pygame

log = logging.getLogger(__name__)


class Mixer:
    def __init__(self, music_volume: float = 0.4, voice_volume: float = 0.9):
        pygame.mixer.init(frequency=24000)
        pygame.mixer.set_num_channels(16)
        self.voice_channel = pygame.mixer.Channel(15)
        self.music_volume = music_volume
        self.voice_volume = voice_volume
        self._sfx: dict[str, pygame.mixer.Sound] = {}

    def play_music(self, path: Path) -> None:
        pygame.mixer.music.load(str(path))
        pygame.mixer.music.set_volume(self.music_volume)
        pygame.mixer.music.play(-1)

    def sfx(self, name: str, path: Path) -> None:
        if name not in self._sfx:
            self._sfx[name] = pygame.mixer.Sound(str(path))
        self._sfx[name].play()

    def play_voice(self, path: Path) -> None:
        try:
            sound = pygame.mixer.Sound(str(path))
        except pygame.error as exc:
            log.warning("could not load voice line %s: %s", path, exc)
            return
        sound.set_volume(self.voice_volume)
        pygame.mixer.music.set_volume(self.music_volume * 0.4)  # duck the music
        self.voice_channel.play(sound)

    def update(self) -> None:
        if not self.voice_channel.get_busy():
            pygame.mixer.music.set_volume(self.music_volume)
