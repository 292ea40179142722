"""Runtime settings, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


def _bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    smtp_host: str = "0.0.0.0"
    smtp_port: int = 8025
    relay_host: str = "localhost"
    relay_port: int = 587
    relay_user: str | None = None
    relay_password: str | None = None
    imap_host: str = "imap.example.com"
    imap_user: str = ""
    imap_password: str = ""
    imap_folder: str = "INBOX"
    poll_interval: int = 60
    mailbox_address: str = "assistant@example.com"

    openai_api_key: str | None = None
    openai_model: str = "gpt-4o-mini"
    openai_draft_model: str = "gpt-4o"
    embedding_model: str = "text-embedding-3-small"
    anthropic_api_key: str | None = None
    anthropic_model: str = "claude-3-5-sonnet-20241022"
    anthropic_fast_model: str = "claude-3-5-haiku-20241022"
    gemini_api_key: str | None = None
    gemini_model: str = "gemini-2.0-flash"
    perplexity_api_key: str | None = None
    perplexity_model: str = "sonar"
    hf_token: str | None = None
    hf_model: str = "meta-llama/Llama-3.1-8B-Instruct"
    hf_embedding_model: str = "sentence-transformers/all-MiniLM-L6-v2"

    default_provider: str = "openai"
    dry_run: bool = False
    rules_path: str = "rules.yaml"
    db_path: str = "assistant.db"
    admin_token: str = field(default="", repr=False)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    env = os.environ
    return Settings(
        smtp_host=env.get("SMTP_HOST", "0.0.0.0"),
        smtp_port=int(env.get("SMTP_PORT", "8025")),
        relay_host=env.get("RELAY_HOST", "localhost"),
        relay_port=int(env.get("RELAY_PORT", "587")),
        relay_user=env.get("RELAY_USER"),
        relay_password=env.get("RELAY_PASSWORD"),
        imap_host=env.get("IMAP_HOST", "imap.example.com"),
        imap_user=env.get("IMAP_USER", ""),
        imap_password=env.get("IMAP_PASSWORD", ""),
        imap_folder=env.get("IMAP_FOLDER", "INBOX"),
        poll_interval=int(env.get("POLL_INTERVAL", "60")),
        mailbox_address=env.get("MAILBOX_ADDRESS", "assistant@example.com"),
        openai_api_key=env.get("OPENAI_API_KEY"),
        openai_model=env.get("OPENAI_MODEL", "gpt-4o-mini"),
        openai_draft_model=env.get("OPENAI_DRAFT_MODEL", "gpt-4o"),
        anthropic_api_key=env.get("ANTHROPIC_API_KEY"),
        anthropic_model=env.get("ANTHROPIC_MODEL", "claude-3-5-sonnet-20241022"),
        gemini_api_key=env.get("GEMINI_API_KEY"),
        gemini_model=env.get("GEMINI_MODEL", "gemini-2.0-flash"),
        perplexity_api_key=env.get("PERPLEXITY_API_KEY"),
        hf_token=env.get("HF_TOKEN"),
        hf_model=env.get("HF_MODEL", "meta-llama/Llama-3.1-8B-Instruct"),
        default_provider=env.get("DEFAULT_PROVIDER", "openai"),
        dry_run=_bool("DRY_RUN"),
        rules_path=env.get("RULES_PATH", "rules.yaml"),
        db_path=env.get("DB_PATH", "assistant.db"),
        admin_token=env.get("ADMIN_TOKEN", ""),
    )
