"""Runtime configuration, read once from the environment (.env in development)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from dotenv import load_dotenv

load_dotenv()


def _env_int(name: str, default: Optional[int] = None) -> Optional[int]:
    raw = os.getenv(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise RuntimeError(f"{name} must be an integer, got {raw!r}") from None


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.getenv(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Models:
    """Default model names. Guilds can override the chat model in /settings."""

    chat: str = os.getenv("LUMEN_CHAT_MODEL", "gpt-4o-mini")
    chat_premium: str = os.getenv("LUMEN_CHAT_PREMIUM_MODEL", "gpt-4.1")
    summary: str = os.getenv("LUMEN_SUMMARY_MODEL", "claude-3-5-haiku-latest")
    summary_long: str = os.getenv("LUMEN_SUMMARY_LONG_MODEL", "claude-sonnet-4-20250514")
    fast: str = os.getenv("LUMEN_FAST_MODEL", "llama-3.1-8b-instant")
    groq_large: str = os.getenv("LUMEN_GROQ_LARGE_MODEL", "llama-3.3-70b-versatile")
    transcription: str = "whisper-large-v3-turbo"
    embedding: str = "text-embedding-3-small"
    local_chat: str = os.getenv("OLLAMA_CHAT_MODEL", "llama3.1:8b")
    local_embedding: str = os.getenv("OLLAMA_EMBED_MODEL", "nomic-embed-text")
    image: str = os.getenv("LUMEN_IMAGE_MODEL", "black-forest-labs/flux-schnell")


@dataclass(frozen=True)
class Settings:
    discord_token: str = os.getenv("DISCORD_TOKEN", "")
    dev_guild_id: Optional[int] = _env_int("DEV_GUILD_ID")
    owner_ids: tuple = tuple(
        int(x) for x in os.getenv("LUMEN_OWNER_IDS", "").split(",") if x.strip()
    )

    openai_api_key: Optional[str] = os.getenv("OPENAI_API_KEY")
    anthropic_api_key: Optional[str] = os.getenv("ANTHROPIC_API_KEY")
    groq_api_key: Optional[str] = os.getenv("GROQ_API_KEY")
    replicate_api_token: Optional[str] = os.getenv("REPLICATE_API_TOKEN")
    ollama_host: str = os.getenv("OLLAMA_HOST", "http://127.0.0.1:11434")

    database_path: Path = Path(os.getenv("DATABASE_PATH", "data/lumen.db"))

    r2_endpoint_url: Optional[str] = os.getenv("R2_ENDPOINT_URL")
    r2_bucket: str = os.getenv("R2_BUCKET", "lumen-images")
    r2_public_base: str = os.getenv("R2_PUBLIC_BASE", "")
    healthcheck_url: Optional[str] = os.getenv("HEALTHCHECK_URL")

    log_level: str = os.getenv("LOG_LEVEL", "INFO")
    request_timeout: float = float(os.getenv("LUMEN_REQUEST_TIMEOUT", "60"))
    use_batch_digest: bool = _env_bool("LUMEN_BATCH_DIGEST", True)

    models: Models = field(default_factory=Models)

    @property
    def has_openai(self) -> bool:
        return bool(self.openai_api_key)

    @property
    def has_groq(self) -> bool:
        return bool(self.groq_api_key)


settings = Settings()
