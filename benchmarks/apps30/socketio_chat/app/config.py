"""Runtime settings, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.getenv(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    env: str = field(default_factory=lambda: os.getenv("APP_ENV", "dev"))
    redis_url: str = field(default_factory=lambda: os.getenv("REDIS_URL", "redis://localhost:6379/0"))
    database_url: str = field(
        default_factory=lambda: os.getenv("DATABASE_URL", "postgresql://localhost/supportchat")
    )
    cors_origins: tuple[str, ...] = field(
        default_factory=lambda: tuple(os.getenv("CORS_ORIGINS", "*").split(","))
    )
    admin_token: str = field(default_factory=lambda: os.getenv("ADMIN_TOKEN", ""))

    openai_api_key: str = field(default_factory=lambda: os.getenv("OPENAI_API_KEY", ""))
    anthropic_api_key: str = field(default_factory=lambda: os.getenv("ANTHROPIC_API_KEY", ""))
    mistral_api_key: str = field(default_factory=lambda: os.getenv("MISTRAL_API_KEY", ""))
    cohere_api_key: str = field(default_factory=lambda: os.getenv("CO_API_KEY", ""))
    groq_api_key: str = field(default_factory=lambda: os.getenv("GROQ_API_KEY", ""))
    xai_api_key: str = field(default_factory=lambda: os.getenv("XAI_API_KEY", ""))
    ollama_host: str = field(default_factory=lambda: os.getenv("OLLAMA_HOST", "http://127.0.0.1:11434"))

    default_chat_model: str = os.getenv("DEFAULT_CHAT_MODEL", "gpt-4o-mini")
    suggestion_model: str = os.getenv("SUGGESTION_MODEL", "claude-3-5-sonnet-latest")
    triage_model: str = os.getenv("TRIAGE_MODEL", "llama-3.1-8b-instant")
    translation_model: str = os.getenv("TRANSLATION_MODEL", "mistral-small-latest")
    embed_model: str = os.getenv("EMBED_MODEL", "text-embedding-3-small")
    rerank_model: str = os.getenv("RERANK_MODEL", "rerank-v3.5")
    grok_model: str = os.getenv("GROK_MODEL", "grok-2-latest")
    local_model: str = os.getenv("LOCAL_MODEL", "llama3.1:8b")

    summary_interval_s: int = int(os.getenv("SUMMARY_INTERVAL_S", "90"))
    enable_autoreply: bool = _env_bool("ENABLE_AUTOREPLY", False)
    enable_moderation: bool = _env_bool("ENABLE_MODERATION", True)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
