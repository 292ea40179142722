"""Notebook settings, read once from the environment (.env is loaded by direnv)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip()


@dataclass(frozen=True)
class Settings:
    openai_api_key: str | None = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    anthropic_api_key: str | None = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    gemini_api_key: str | None = field(default_factory=lambda: _env("GEMINI_API_KEY"))
    mistral_api_key: str | None = field(default_factory=lambda: _env("MISTRAL_API_KEY"))
    voyage_api_key: str | None = field(default_factory=lambda: _env("VOYAGE_API_KEY"))

    openai_chat_model: str = field(default_factory=lambda: _env("NB_OPENAI_MODEL", "gpt-4o-mini"))
    openai_embed_model: str = field(default_factory=lambda: _env("NB_OPENAI_EMBED", "text-embedding-3-small"))
    claude_model: str = field(default_factory=lambda: _env("NB_CLAUDE_MODEL", "claude-3-5-sonnet-latest"))
    gemini_model: str = field(default_factory=lambda: _env("NB_GEMINI_MODEL", "gemini-2.0-flash"))
    mistral_model: str = field(default_factory=lambda: _env("NB_MISTRAL_MODEL", "mistral-small-latest"))
    voyage_model: str = field(default_factory=lambda: _env("NB_VOYAGE_MODEL", "voyage-3"))

    data_dir: Path = field(default_factory=lambda: Path(_env("NB_DATA_DIR", "data")))
    cache_dir: Path = field(default_factory=lambda: Path(_env("NB_CACHE_DIR", ".nbcache")))
    # sampling caps so nobody accidentally embeds the whole warehouse again
    max_rows: int = field(default_factory=lambda: int(_env("NB_MAX_ROWS", "2000")))


settings = Settings()


def require(key: str) -> str:
    value = getattr(settings, key)
    if not value:
        raise RuntimeError(f"{key} is not set; add it to your .env")
    return value
