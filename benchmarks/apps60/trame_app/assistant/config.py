"""Runtime configuration, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class Settings:
    openai_api_key: str | None = None
    anthropic_api_key: str | None = None
    google_api_key: str | None = None
    mistral_api_key: str | None = None
    groq_api_key: str | None = None

    default_provider: str = "openai"
    openai_model: str = "gpt-4o-mini"
    openai_vision_model: str = "gpt-4o"
    openai_embedding_model: str = "text-embedding-3-small"
    anthropic_model: str = "claude-3-5-sonnet-20241022"
    gemini_model: str = "gemini-2.0-flash"
    mistral_model: str = "mistral-large-latest"
    mistral_embedding_model: str = "mistral-embed"
    groq_model: str = "llama-3.3-70b-versatile"
    groq_whisper_model: str = "whisper-large-v3-turbo"

    max_tokens: int = 1500
    temperature: float = 0.2
    data_dir: str = "./data"
    enable_moderation: bool = True
    providers_enabled: tuple[str, ...] = field(
        default=("openai", "anthropic", "gemini", "mistral", "groq")
    )


def _flag(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    enabled = os.environ.get("ASSISTANT_PROVIDERS")
    return Settings(
        openai_api_key=os.environ.get("OPENAI_API_KEY"),
        anthropic_api_key=os.environ.get("ANTHROPIC_API_KEY"),
        google_api_key=os.environ.get("GOOGLE_API_KEY") or os.environ.get("GEMINI_API_KEY"),
        mistral_api_key=os.environ.get("MISTRAL_API_KEY"),
        groq_api_key=os.environ.get("GROQ_API_KEY"),
        default_provider=os.environ.get("ASSISTANT_DEFAULT_PROVIDER", "openai"),
        openai_model=os.environ.get("ASSISTANT_OPENAI_MODEL", "gpt-4o-mini"),
        anthropic_model=os.environ.get("ASSISTANT_ANTHROPIC_MODEL", "claude-3-5-sonnet-20241022"),
        gemini_model=os.environ.get("ASSISTANT_GEMINI_MODEL", "gemini-2.0-flash"),
        data_dir=os.environ.get("ASSISTANT_DATA_DIR", "./data"),
        enable_moderation=_flag("ASSISTANT_MODERATION", True),
        providers_enabled=tuple(enabled.split(",")) if enabled else Settings().providers_enabled,
    )
