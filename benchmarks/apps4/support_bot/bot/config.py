"""Runtime settings, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import List, Optional


def _env(name: str, default: Optional[str] = None) -> Optional[str]:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip()


def _env_bool(name: str, default: bool = False) -> bool:
    raw = _env(name)
    if raw is None:
        return default
    return raw.lower() in {"1", "true", "yes", "on"}


def _env_list(name: str, default: str = "") -> List[str]:
    raw = _env(name, default) or ""
    return [item.strip() for item in raw.split(",") if item.strip()]


@dataclass(frozen=True)
class Settings:
    environment: str = "dev"

    # Slack
    slack_bot_token: str = ""
    slack_app_token: str = ""
    slack_signing_secret: str = ""
    support_channels: List[str] = field(default_factory=list)
    digest_channel: str = "#support-leads"

    # Discord
    discord_token: str = ""
    discord_guild_id: Optional[int] = None

    # Model providers
    anthropic_api_key: str = ""
    openai_api_key: str = ""
    azure_openai_endpoint: str = ""
    azure_openai_key: str = ""
    azure_openai_api_version: str = "2024-10-21"
    azure_chat_deployment: str = "gpt-4o-support"
    azure_embedding_deployment: str = "text-embedding-3-large"
    perplexity_api_key: str = ""
    cohere_api_key: str = ""
    ollama_host: str = "http://127.0.0.1:11434"

    # Model choices
    answer_model: str = "claude-sonnet-4-5"
    fast_model: str = "claude-haiku-4-5"
    openai_chat_model: str = "gpt-4o-mini"
    embedding_model: str = "text-embedding-3-small"
    rerank_model: str = "rerank-v3.5"
    local_model: str = "llama3.1:8b"
    local_embedding_model: str = "nomic-embed-text"
    digest_model: str = "gpt-4o-mini"

    # Integrations
    zendesk_subdomain: str = ""
    zendesk_email: str = ""
    zendesk_token: str = ""
    transcript_bucket: str = "support-bot-transcripts"
    database_path: str = "support_bot.sqlite3"

    # Behaviour
    max_history_turns: int = 12
    history_token_budget: int = 6000
    use_local_models: bool = False
    moderation_enabled: bool = True


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    guild = _env("DISCORD_GUILD_ID")
    return Settings(
        environment=_env("APP_ENV", "dev"),
        slack_bot_token=_env("SLACK_BOT_TOKEN", ""),
        slack_app_token=_env("SLACK_APP_TOKEN", ""),
        slack_signing_secret=_env("SLACK_SIGNING_SECRET", ""),
        support_channels=_env_list("SUPPORT_CHANNELS", "C01SUPPORT"),
        digest_channel=_env("DIGEST_CHANNEL", "#support-leads"),
        discord_token=_env("DISCORD_TOKEN", ""),
        discord_guild_id=int(guild) if guild else None,
        anthropic_api_key=_env("ANTHROPIC_API_KEY", ""),
        openai_api_key=_env("OPENAI_API_KEY", ""),
        azure_openai_endpoint=_env("AZURE_OPENAI_ENDPOINT", ""),
        azure_openai_key=_env("AZURE_OPENAI_API_KEY", ""),
        azure_openai_api_version=_env("AZURE_OPENAI_API_VERSION", "2024-10-21"),
        azure_chat_deployment=_env("AZURE_CHAT_DEPLOYMENT", "gpt-4o-support"),
        azure_embedding_deployment=_env("AZURE_EMBEDDING_DEPLOYMENT", "text-embedding-3-large"),
        perplexity_api_key=_env("PERPLEXITY_API_KEY", ""),
        cohere_api_key=_env("COHERE_API_KEY", ""),
        ollama_host=_env("OLLAMA_HOST", "http://127.0.0.1:11434"),
        answer_model=_env("ANSWER_MODEL", "claude-sonnet-4-5"),
        fast_model=_env("FAST_MODEL", "claude-haiku-4-5"),
        openai_chat_model=_env("OPENAI_CHAT_MODEL", "gpt-4o-mini"),
        embedding_model=_env("EMBEDDING_MODEL", "text-embedding-3-small"),
        rerank_model=_env("RERANK_MODEL", "rerank-v3.5"),
        local_model=_env("LOCAL_MODEL", "llama3.1:8b"),
        local_embedding_model=_env("LOCAL_EMBEDDING_MODEL", "nomic-embed-text"),
        digest_model=_env("DIGEST_MODEL", "gpt-4o-mini"),
        zendesk_subdomain=_env("ZENDESK_SUBDOMAIN", ""),
        zendesk_email=_env("ZENDESK_EMAIL", ""),
        zendesk_token=_env("ZENDESK_API_TOKEN", ""),
        transcript_bucket=_env("TRANSCRIPT_BUCKET", "support-bot-transcripts"),
        database_path=_env("DATABASE_PATH", "support_bot.sqlite3"),
        max_history_turns=int(_env("MAX_HISTORY_TURNS", "12")),
        history_token_budget=int(_env("HISTORY_TOKEN_BUDGET", "6000")),
        use_local_models=_env_bool("USE_LOCAL_MODELS"),
        moderation_enabled=_env_bool("MODERATION_ENABLED", True),
    )
