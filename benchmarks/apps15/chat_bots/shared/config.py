"""Runtime settings shared by both bots.

Everything comes from the environment (see .env.example). This is a plain frozen
dataclass rather than pydantic-settings because the Discord box was stuck on an
old pydantic for months and nobody wants to touch it again.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Tuple


def _env(name: str, default: Optional[str] = None) -> Optional[str]:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip()


def _env_int(name: str, default: int) -> int:
    raw = _env(name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError:
        return default


def _env_float(name: str, default: float) -> float:
    raw = _env(name)
    if raw is None:
        return default
    try:
        return float(raw)
    except ValueError:
        return default


def _env_bool(name: str, default: bool = False) -> bool:
    raw = _env(name)
    if raw is None:
        return default
    return raw.lower() in {"1", "true", "yes", "on"}


def _env_list(name: str) -> Tuple[str, ...]:
    raw = _env(name, "") or ""
    return tuple(part.strip() for part in raw.split(",") if part.strip())


# Groq's OpenAI-compatible endpoint; only the raw-HTTP fallback uses it.
GROQ_OPENAI_BASE = "https://api.groq.com/openai/v1"

DEFAULT_GROQ_MODEL = "llama-3.3-70b-versatile"
FAST_GROQ_MODEL = "llama-3.1-8b-instant"
GUARD_MODEL = "meta-llama/llama-guard-4-12b"
DEFAULT_TOGETHER_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
TOGETHER_EMBED_MODEL = "BAAI/bge-base-en-v1.5"
TOGETHER_RERANK_MODEL = "Salesforce/Llama-Rank-V1"
DEFAULT_GROK_MODEL = "grok-3-mini"
DEFAULT_FIREWORKS_MODEL = "accounts/fireworks/models/llama-v3p1-70b-instruct"
FLUX_MODEL = "black-forest-labs/flux-schnell"
FLUX_PRO_MODEL = "black-forest-labs/flux-1.1-pro"


@dataclass(frozen=True)
class Settings:
    env: str = "dev"
    redis_url: str = "redis://localhost:6379/0"

    groq_api_key: Optional[str] = None
    together_api_key: Optional[str] = None
    xai_api_key: Optional[str] = None
    fireworks_api_key: Optional[str] = None
    replicate_api_token: Optional[str] = None

    slack_bot_token: Optional[str] = None
    slack_signing_secret: Optional[str] = None
    slack_app_token: Optional[str] = None
    discord_token: Optional[str] = None
    discord_guild_ids: Tuple[int, ...] = field(default_factory=tuple)

    default_persona: str = "helper"
    digest_channel_ids: Tuple[str, ...] = field(default_factory=tuple)
    digest_webhook_url: Optional[str] = None
    images_bucket: str = "community-bots-images"
    replicate_webhook_url: Optional[str] = None

    max_history_turns: int = 12
    request_timeout: float = 30.0
    user_rate_per_minute: int = 6
    image_rate_per_hour: int = 5
    moderation_enabled: bool = True

    @property
    def is_prod(self) -> bool:
        return self.env == "prod"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    guild_ids = tuple(int(g) for g in _env_list("DISCORD_GUILD_IDS") if g.isdigit())
    return Settings(
        env=_env("BOTS_ENV", "dev") or "dev",
        redis_url=_env("REDIS_URL", "redis://localhost:6379/0") or "redis://localhost:6379/0",
        groq_api_key=_env("GROQ_API_KEY"),
        together_api_key=_env("TOGETHER_API_KEY"),
        xai_api_key=_env("XAI_API_KEY"),
        fireworks_api_key=_env("FIREWORKS_API_KEY"),
        replicate_api_token=_env("REPLICATE_API_TOKEN"),
        slack_bot_token=_env("SLACK_BOT_TOKEN"),
        slack_signing_secret=_env("SLACK_SIGNING_SECRET"),
        slack_app_token=_env("SLACK_APP_TOKEN"),
        discord_token=_env("DISCORD_TOKEN"),
        discord_guild_ids=guild_ids,
        default_persona=_env("DEFAULT_PERSONA", "helper") or "helper",
        digest_channel_ids=_env_list("DIGEST_CHANNEL_IDS"),
        digest_webhook_url=_env("DIGEST_WEBHOOK_URL"),
        images_bucket=_env("IMAGES_BUCKET", "community-bots-images") or "community-bots-images",
        replicate_webhook_url=_env("REPLICATE_WEBHOOK_URL"),
        max_history_turns=_env_int("MAX_HISTORY_TURNS", 12),
        request_timeout=_env_float("LLM_REQUEST_TIMEOUT", 30.0),
        user_rate_per_minute=_env_int("USER_RATE_PER_MINUTE", 6),
        image_rate_per_hour=_env_int("IMAGE_RATE_PER_HOUR", 5),
        moderation_enabled=_env_bool("MODERATION_ENABLED", True),
    )
