"""Settings persisted through QSettings.

API keys are stored in the platform settings store (registry on Windows,
plist on macOS, ini on Linux). Environment variables win when present so
developers don't have to click through the dialog.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from PyQt6.QtCore import QSettings

from quill import APP_NAME, ORG_NAME

PROVIDERS = ("openai", "anthropic", "google", "groq", "xai")

_ENV_NAMES = {
    "openai": "OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "google": "GEMINI_API_KEY",
    "groq": "GROQ_API_KEY",
    "xai": "XAI_API_KEY",
}

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "anthropic": "claude-3-5-sonnet-latest",
    "google": "gemini-2.0-flash",
    "groq": "llama-3.3-70b-versatile",
    "xai": "grok-2-latest",
}


def settings() -> QSettings:
    return QSettings(ORG_NAME, APP_NAME)


def api_key(provider: str) -> str | None:
    env = os.environ.get(_ENV_NAMES.get(provider, ""), "")
    if env:
        return env
    value = settings().value(f"keys/{provider}", "", type=str)
    return value or None


def set_api_key(provider: str, value: str) -> None:
    s = settings()
    if value:
        s.setValue(f"keys/{provider}", value)
    else:
        s.remove(f"keys/{provider}")
    s.sync()


def default_model(provider: str) -> str:
    return settings().value(f"models/{provider}", DEFAULT_MODELS[provider], type=str)


def set_default_model(provider: str, model: str) -> None:
    settings().setValue(f"models/{provider}", model)


def preferred_provider() -> str:
    value = settings().value("general/provider", "openai", type=str)
    return value if value in PROVIDERS else "openai"


@dataclass
class UiPrefs:
    font_family: str = "Inter"
    font_size: int = 12
    dark_mode: bool = False
    stream_responses: bool = True
    recent_files: list[str] = field(default_factory=list)

    @classmethod
    def load(cls) -> "UiPrefs":
        s = settings()
        return cls(
            font_family=s.value("ui/font_family", "Inter", type=str),
            font_size=s.value("ui/font_size", 12, type=int),
            dark_mode=s.value("ui/dark_mode", False, type=bool),
            stream_responses=s.value("ui/stream", True, type=bool),
            recent_files=list(s.value("ui/recent", [], type=list) or []),
        )

    def save(self) -> None:
        s = settings()
        s.setValue("ui/font_family", self.font_family)
        s.setValue("ui/font_size", self.font_size)
        s.setValue("ui/dark_mode", self.dark_mode)
        s.setValue("ui/stream", self.stream_responses)
        s.setValue("ui/recent", self.recent_files[:10])
