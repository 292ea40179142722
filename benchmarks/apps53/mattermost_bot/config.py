"""Runtime configuration for the team assistant bot.

Everything comes from the environment so the same image runs in staging and prod.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class BotConfig:
    mattermost_url: str = field(default_factory=lambda: os.environ.get("MATTERMOST_URL", "https://chat.internal"))
    mattermost_port: int = int(os.environ.get("MATTERMOST_PORT", "443"))
    bot_token: str = os.environ.get("MM_BOT_TOKEN", "")
    bot_team: str = os.environ.get("MM_BOT_TEAM", "engineering")
    ssl_verify: bool = _env_bool("MM_SSL_VERIFY", True)
    webhook_host: str = os.environ.get("MM_WEBHOOK_HOST", "http://0.0.0.0")
    webhook_port: int = int(os.environ.get("MM_WEBHOOK_PORT", "8579"))

    default_provider: str = os.environ.get("ASSISTANT_PROVIDER", "openai")
    openai_model: str = os.environ.get("OPENAI_MODEL", "gpt-4o-mini")
    openai_embedding_model: str = os.environ.get("OPENAI_EMBEDDING_MODEL", "text-embedding-3-small")
    anthropic_model: str = os.environ.get("ANTHROPIC_MODEL", "claude-3-5-sonnet-latest")
    gemini_model: str = os.environ.get("GEMINI_MODEL", "gemini-2.0-flash")
    perplexity_model: str = os.environ.get("PERPLEXITY_MODEL", "sonar")
    litellm_model: str = os.environ.get("LITELLM_MODEL", "gpt-4o-mini")

    redis_url: str = os.environ.get("REDIS_URL", "redis://localhost:6379/3")
    sqlite_path: str = os.environ.get("CONVERSATION_DB", "/var/lib/mmbot/conversations.db")
    max_history_turns: int = int(os.environ.get("MAX_HISTORY_TURNS", "12"))
    summary_channel_allowlist: tuple[str, ...] = tuple(
        c for c in os.environ.get("SUMMARY_CHANNELS", "").split(",") if c
    )
    incident_channel_id: str = os.environ.get("INCIDENT_CHANNEL_ID", "")
    digest_channel_id: str = os.environ.get("DIGEST_CHANNEL_ID", "")
    enable_moderation: bool = _env_bool("ENABLE_MODERATION", True)


@lru_cache(maxsize=1)
def get_config() -> BotConfig:
    return BotConfig()


def validate(cfg: BotConfig) -> list[str]:
    """Returns human-readable problems; main() logs them at startup."""
    problems = []
    if not cfg.bot_token:
        problems.append("MM_BOT_TOKEN is not set")
    if cfg.default_provider not in {"openai", "anthropic", "google", "perplexity", "litellm"}:
        problems.append(f"unknown ASSISTANT_PROVIDER {cfg.default_provider!r}")
    if not cfg.incident_channel_id:
        problems.append("INCIDENT_CHANNEL_ID is empty; incident drafts will fail")
    return problems
