from __future__ import annotations

import os
from dataclasses import dataclass, field

from dotenv import load_dotenv

load_dotenv()


def _env_list(name: str, default: str = "") -> list[int]:
    raw = os.getenv(name, default)
    return [int(x) for x in raw.split(",") if x.strip()]


@dataclass(frozen=True)
class Settings:
    discord_token: str = field(default_factory=lambda: os.environ.get("DISCORD_TOKEN", ""))
    default_guilds: list[int] = field(default_factory=lambda: _env_list("DEFAULT_GUILDS"))
    owner_ids: list[int] = field(default_factory=lambda: _env_list("OWNER_IDS"))

    openai_api_key: str = field(default_factory=lambda: os.getenv("OPENAI_API_KEY", ""))
    openai_org: str | None = field(default_factory=lambda: os.getenv("OPENAI_ORG"))
    anthropic_api_key: str = field(default_factory=lambda: os.getenv("ANTHROPIC_API_KEY", ""))
    gemini_api_key: str = field(default_factory=lambda: os.getenv("GEMINI_API_KEY", ""))
    groq_api_key: str = field(default_factory=lambda: os.getenv("GROQ_API_KEY", ""))
    cohere_api_key: str = field(default_factory=lambda: os.getenv("COHERE_API_KEY", ""))

    ask_model: str = os.getenv("ASK_MODEL", "gpt-4o-mini")
    summary_model: str = os.getenv("SUMMARY_MODEL", "claude-3-5-sonnet-20241022")
    fast_model: str = os.getenv("FAST_MODEL", "llama-3.1-8b-instant")
    gemini_model: str = os.getenv("GEMINI_MODEL", "gemini-2.0-flash")
    image_model: str = os.getenv("IMAGE_MODEL", "dall-e-3")
    embed_model: str = os.getenv("EMBED_MODEL", "embed-english-v3.0")
    rerank_model: str = os.getenv("RERANK_MODEL", "rerank-english-v3.0")

    modlog_channel_id: int = int(os.getenv("MODLOG_CHANNEL_ID", "0"))
    digest_channel_id: int = int(os.getenv("DIGEST_CHANNEL_ID", "0"))
    max_context_messages: int = int(os.getenv("MAX_CONTEXT_MESSAGES", "80"))


settings = Settings()
