"""Plugin settings, persisted through Krita's kritarc via read/writeSetting."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields

from krita import Krita

GROUP = "art_muse"


def _read(key: str, default: str = "") -> str:
    return Krita.instance().readSetting(GROUP, key, default)


def _write(key: str, value) -> None:
    Krita.instance().writeSetting(GROUP, key, str(value))


@dataclass
class Settings:
    openai_api_key: str = ""
    anthropic_api_key: str = ""
    fireworks_api_key: str = ""
    replicate_api_token: str = ""
    stability_api_key: str = ""

    text_provider: str = "openai"
    image_provider: str = "openai"
    upscale_provider: str = "stability"

    openai_chat_model: str = "gpt-4o-mini"
    openai_image_model: str = "gpt-image-1"
    anthropic_model: str = "claude-3-5-sonnet-latest"
    fireworks_model: str = "accounts/fireworks/models/llama-v3p1-70b-instruct"
    replicate_image_model: str = "black-forest-labs/flux-schnell"
    replicate_upscale_model: str = "nightmareai/real-esrgan"

    image_size: str = "1024x1024"
    use_tracked_service: bool = True
    max_tokens: int = 600
    extra: dict = field(default_factory=dict)

    @classmethod
    def load(cls) -> "Settings":
        s = cls()
        for f in fields(cls):
            if f.name == "extra":
                continue
            raw = _read(f.name, "")
            if raw == "":
                continue
            if f.type in ("bool", bool):
                setattr(s, f.name, raw.lower() in ("1", "true", "yes"))
            elif f.type in ("int", int):
                try:
                    setattr(s, f.name, int(raw))
                except ValueError:
                    pass
            else:
                setattr(s, f.name, raw)
        # environment wins for keys so developers don't have to paste them into kritarc
        s.openai_api_key = os.environ.get("OPENAI_API_KEY", s.openai_api_key)
        s.anthropic_api_key = os.environ.get("ANTHROPIC_API_KEY", s.anthropic_api_key)
        s.fireworks_api_key = os.environ.get("FIREWORKS_API_KEY", s.fireworks_api_key)
        s.replicate_api_token = os.environ.get("REPLICATE_API_TOKEN", s.replicate_api_token)
        s.stability_api_key = os.environ.get("STABILITY_API_KEY", s.stability_api_key)
        return s

    def save(self) -> None:
        for f in fields(self):
            if f.name == "extra":
                continue
            _write(f.name, getattr(self, f.name))


_cached: Settings | None = None


def current() -> Settings:
    global _cached
    if _cached is None:
        _cached = Settings.load()
    return _cached


def invalidate() -> None:
    """Called by the settings dialog after saving."""
    global _cached
    _cached = None
