from __future__ import annotations

import functools
import textwrap

import pygame


@functools.lru_cache(maxsize=8)
def font(size: int = 20) -> pygame.font.Font:
    return pygame.font.Font(None, size)


def draw_text(surface, text, pos, size=22, color=(235, 235, 235), center=False) -> None:
    img = font(size).render(text, True, color)
    rect = img.get_rect(center=pos) if center else img.get_rect(topleft=pos)
    surface.blit(img, rect)


class TextBox:
    CHARS_PER_SEC = 45

    def __init__(self, speaker: str):
        self.speaker = speaker
        self.full = ""
        self.shown = 0.0

    def set_text(self, text: str) -> None:
        self.full = text
        self.shown = 0.0

    def append(self, delta: str) -> None:
        self.full += delta

    def update(self, dt: float) -> None:
        self.shown = min(len(self.full), self.shown + self.CHARS_PER_SEC * dt)

    def draw(self, surface: pygame.Surface) -> None:
        w, h = surface.get_size()
        rect = pygame.Rect(20, h - 170, w - 40, 120)
        pygame.draw.rect(surface, (20, 18, 30), rect, border_radius=6)
        pygame.draw.rect(surface, (200, 180, 120), rect, 2, border_radius=6)
        draw_text(surface, self.speaker, (rect.x + 12, rect.y + 8), color=(255, 210, 120))
        for i, line in enumerate(textwrap.wrap(self.full[: int(self.shown)], 90)[:4]):
            draw_text(surface, line, (rect.x + 12, rect.y + 34 + i * 20))


class TextInput:
    def __init__(self, max_len: int = 160):
        self.text = ""
        self.max_len = max_len

    def handle_event(self, event: pygame.event.Event) -> str | None:
        if event.type == pygame.TEXTINPUT and len(self.text) < self.max_len:
            self.text += event.text
        elif event.type == pygame.KEYDOWN:
            if event.key == pygame.K_BACKSPACE:
                self.text = self.text[:-1]
            elif event.key == pygame.K_RETURN:
                out, self.text = self.text, ""
                return out
        return None

    def draw(self, surface: pygame.Surface) -> None:
        w, h = surface.get_size()
        draw_text(surface, "> " + self.text + "_", (32, h - 40), size=20, color=(200, 230, 255))


class FloatingText:
    def __init__(self, text: str, anchor, ttl: float = 4.0):
        self.text = text
        self.anchor = anchor
        self.ttl = ttl

    def update(self, dt: float) -> bool:
        self.ttl -= dt
        return self.ttl > 0

    def draw(self, surface, camera) -> None:
        r = camera.apply(self.anchor.rect)
        draw_text(surface, self.text, (r.centerx, r.top - 14), size=18, center=True)
