"""Runtime configuration, read from the environment (.env in dev)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from dotenv import load_dotenv

load_dotenv()

# Used by the legacy raw-HTTP commands; the SDK clients know their own endpoints.
GROQ_CHAT_URL = "https://api.groq.com/openai/v1/chat/completions"
OPENAI_CHAT_URL = "https://api.openai.com/v1/chat/completions"


def _csv(name: str, default: str = "") -> list[str]:
    raw = os.getenv(name, default)
    return [part.strip().lower() for part in raw.split(",") if part.strip()]


@dataclass
class Settings:
    twitch_token: str = field(default_factory=lambda: os.getenv("TWITCH_TOKEN", ""))
    twitch_client_id: str = field(default_factory=lambda: os.getenv("TWITCH_CLIENT_ID", ""))
    twitch_client_secret: str = field(default_factory=lambda: os.getenv("TWITCH_CLIENT_SECRET", ""))
    bot_nick: str = field(default_factory=lambda: os.getenv("BOT_NICK", "askbot"))
    channels: list[str] = field(default_factory=lambda: _csv("TWITCH_CHANNELS", "ourchannel"))
    prefix: str = os.getenv("BOT_PREFIX", "!")

    openai_api_key: str = field(default_factory=lambda: os.getenv("OPENAI_API_KEY", ""))
    anthropic_api_key: str = field(default_factory=lambda: os.getenv("ANTHROPIC_API_KEY", ""))
    groq_api_key: str = field(default_factory=lambda: os.getenv("GROQ_API_KEY", ""))
    xai_api_key: str = field(default_factory=lambda: os.getenv("XAI_API_KEY", ""))
    mistral_api_key: str = field(default_factory=lambda: os.getenv("MISTRAL_API_KEY", ""))

    default_provider: str = os.getenv("DEFAULT_PROVIDER", "groq")
    fallback_order: list[str] = field(
        default_factory=lambda: _csv("PROVIDER_FALLBACK", "groq,openai,anthropic")
    )
    llm_timeout: float = float(os.getenv("LLM_TIMEOUT", "20"))

    eventsub_secret: str = field(default_factory=lambda: os.getenv("EVENTSUB_SECRET", ""))
    eventsub_callback: str = os.getenv("EVENTSUB_CALLBACK", "https://bot.example.net/callback")
    eventsub_port: int = int(os.getenv("EVENTSUB_PORT", "4000"))

    db_path: str = os.getenv("BOT_DB", "bot.sqlite3")
    memory_size: int = int(os.getenv("MEMORY_SIZE", "200"))
    mod_threshold: float = float(os.getenv("MOD_THRESHOLD", "0.8"))
    summary_minutes: int = int(os.getenv("SUMMARY_MINUTES", "20"))


settings = Settings()
