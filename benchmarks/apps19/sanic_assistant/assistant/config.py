"""Settings.

Sanic loads ``SANIC_*`` env vars into ``app.config`` on its own; vendor keys
live in their usual env vars so the SDKs and our scripts agree on them.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class Settings:
    env: str = field(default_factory=lambda: _env("APP_ENV", "dev"))

    openai_api_key: str = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    openai_org: str | None = field(default_factory=lambda: os.environ.get("OPENAI_ORG_ID"))
    anthropic_api_key: str = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    groq_api_key: str = field(default_factory=lambda: _env("GROQ_API_KEY"))
    cerebras_api_key: str = field(default_factory=lambda: _env("CEREBRAS_API_KEY"))
    together_api_key: str = field(default_factory=lambda: _env("TOGETHER_API_KEY"))

    # models
    chat_model: str = field(default_factory=lambda: _env("CHAT_MODEL", "gpt-4o-mini"))
    reasoning_model: str = field(default_factory=lambda: _env("REASONING_MODEL", "gpt-4.1"))
    claude_model: str = field(default_factory=lambda: _env("CLAUDE_MODEL", "claude-3-5-sonnet-latest"))
    claude_fast_model: str = field(default_factory=lambda: _env("CLAUDE_FAST_MODEL", "claude-3-5-haiku-latest"))
    groq_model: str = field(default_factory=lambda: _env("GROQ_MODEL", "llama-3.1-8b-instant"))
    cerebras_model: str = field(default_factory=lambda: _env("CEREBRAS_MODEL", "llama3.1-8b"))
    together_chat_model: str = field(
        default_factory=lambda: _env("TOGETHER_CHAT_MODEL", "meta-llama/Llama-3.3-70B-Instruct-Turbo")
    )
    embedding_model: str = field(
        default_factory=lambda: _env("EMBEDDING_MODEL", "togethercomputer/m2-bert-80M-8k-retrieval")
    )
    openai_embedding_model: str = field(default_factory=lambda: _env("OPENAI_EMBEDDING_MODEL", "text-embedding-3-small"))
    rerank_model: str = field(default_factory=lambda: _env("RERANK_MODEL", "Salesforce/Llama-Rank-V1"))

    # infra
    redis_url: str = field(default_factory=lambda: _env("REDIS_URL", "redis://localhost:6379/0"))
    database_url: str = field(default_factory=lambda: _env("DATABASE_URL", "sqlite://db.sqlite3"))
    job_queue: str = field(default_factory=lambda: _env("JOB_QUEUE", "assistant:jobs"))
    slack_webhook_url: str = field(default_factory=lambda: _env("SLACK_WEBHOOK_URL"))
    llm_timeout: float = field(default_factory=lambda: _env_float("LLM_TIMEOUT", 30.0))

    @property
    def is_prod(self) -> bool:
        return self.env == "prod"

    @classmethod
    def from_env(cls) -> "Settings":
        return cls()


settings = Settings()
