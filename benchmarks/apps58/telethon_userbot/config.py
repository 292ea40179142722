"""Runtime configuration for the userbot.

Everything comes from the environment (``.env`` is loaded by ``bot.py``).
Keep this module import-light: plugins import it at module level.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip()


def _env_int(name: str, default: int) -> int:
    raw = _env(name)
    try:
        return int(raw) if raw is not None else default
    except ValueError:
        return default


def _env_list(name: str) -> list[int]:
    raw = _env(name, "") or ""
    out: list[int] = []
    for part in raw.split(","):
        part = part.strip()
        if part.lstrip("-").isdigit():
            out.append(int(part))
    return out


@dataclass
class Settings:
    api_id: int = field(default_factory=lambda: _env_int("TG_API_ID", 0))
    api_hash: str = field(default_factory=lambda: _env("TG_API_HASH", "") or "")
    session_name: str = field(default_factory=lambda: _env("TG_SESSION", "userbot") or "userbot")

    openai_api_key: str | None = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    anthropic_api_key: str | None = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    gemini_api_key: str | None = field(default_factory=lambda: _env("GEMINI_API_KEY"))
    groq_api_key: str | None = field(default_factory=lambda: _env("GROQ_API_KEY"))
    xai_api_key: str | None = field(default_factory=lambda: _env("XAI_API_KEY"))

    default_provider: str = field(default_factory=lambda: _env("LLM_PROVIDER", "openai") or "openai")
    openai_model: str = field(default_factory=lambda: _env("OPENAI_MODEL", "gpt-4o-mini") or "gpt-4o-mini")
    anthropic_model: str = field(
        default_factory=lambda: _env("ANTHROPIC_MODEL", "claude-3-5-sonnet-latest") or "claude-3-5-sonnet-latest"
    )
    gemini_model: str = field(default_factory=lambda: _env("GEMINI_MODEL", "gemini-2.0-flash") or "gemini-2.0-flash")
    groq_model: str = field(
        default_factory=lambda: _env("GROQ_MODEL", "llama-3.3-70b-versatile") or "llama-3.3-70b-versatile"
    )
    xai_model: str = field(default_factory=lambda: _env("XAI_MODEL", "grok-2-latest") or "grok-2-latest")
    embedding_model: str = "text-embedding-3-small"
    image_model: str = field(default_factory=lambda: _env("IMAGE_MODEL", "dall-e-3") or "dall-e-3")

    owner_id: int = field(default_factory=lambda: _env_int("OWNER_ID", 0))
    allowed_chats: list[int] = field(default_factory=lambda: _env_list("ALLOWED_CHATS"))
    moderated_chats: list[int] = field(default_factory=lambda: _env_list("MODERATED_CHATS"))
    summary_limit: int = field(default_factory=lambda: _env_int("SUMMARY_LIMIT", 200))
    max_reply_chars: int = 4000
    db_path: str = field(default_factory=lambda: _env("USERBOT_DB", "userbot.sqlite3") or "userbot.sqlite3")
    away_message_enabled: bool = field(default_factory=lambda: (_env("AWAY_MODE", "0") == "1"))


settings = Settings()
