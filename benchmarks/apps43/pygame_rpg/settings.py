"""Global settings for Emberfall. Loaded once at import time."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ASSETS = ROOT / "assets"
SAVE_DIR = Path(os.environ.get("EMBERFALL_SAVE_DIR", Path.home() / ".emberfall" / "saves"))

SCREEN_WIDTH = 960
SCREEN_HEIGHT = 540
TILE_SIZE = 32
FPS = 60
WINDOW_TITLE = "Emberfall"


@dataclass(frozen=True)
class AISettings:
    # which backend the NPC brains use by default; overridable per NPC in the map data
    default_backend: str = os.environ.get("EMBERFALL_BACKEND", "groq")
    openai_model: str = os.environ.get("EMBERFALL_OPENAI_MODEL", "gpt-4o-mini")
    anthropic_model: str = os.environ.get("EMBERFALL_ANTHROPIC_MODEL", "claude-3-5-haiku-latest")
    groq_model: str = os.environ.get("EMBERFALL_GROQ_MODEL", "llama-3.1-8b-instant")
    ollama_model: str = os.environ.get("EMBERFALL_OLLAMA_MODEL", "llama3.2:3b")
    ollama_embed_model: str = "nomic-embed-text"
    ollama_host: str = os.environ.get("OLLAMA_HOST", "http://127.0.0.1:11434")
    tts_model: str = "gpt-4o-mini-tts"
    tts_enabled: bool = os.environ.get("EMBERFALL_TTS", "1") == "1"
    portrait_model: str = "black-forest-labs/flux-schnell"
    request_timeout: float = 20.0
    max_workers: int = 4
    max_reply_tokens: int = 180
    memory_window: int = 12
    offline: bool = os.environ.get("EMBERFALL_OFFLINE", "0") == "1"
    voices: dict = field(default_factory=lambda: {
        "gruff": "onyx",
        "kind": "nova",
        "old": "fable",
        "default": "alloy",
    })


AI_SETTINGS = AISettings()

KEYMAP = {
    "up": ("w", "up"),
    "down": ("s", "down"),
    "left": ("a", "left"),
    "right": ("d", "right"),
    "interact": ("e", "return"),
    "console": ("backquote",),
    "pause": ("escape",),
    "talk": ("t",),
}
