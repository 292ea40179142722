"""Application settings, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any


def _env(name: str, default: str | None = None) -> str | None:
    return os.environ.get(name, default)


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw else default


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    return float(raw) if raw else default


@dataclass
class Settings:
    """Runtime configuration. Every field can be overridden by an env var."""

    env: str = field(default_factory=lambda: _env("DOCFLOW_ENV", "development"))
    debug: bool = field(default_factory=lambda: _env("DOCFLOW_DEBUG", "0") == "1")
    secret_key: str = field(default_factory=lambda: _env("SECRET_KEY", "dev-only-secret"))
    database_url: str = field(
        default_factory=lambda: _env("DATABASE_URL", "postgresql+psycopg://docflow@localhost/docflow")
    )
    redis_url: str = field(default_factory=lambda: _env("REDIS_URL", "redis://localhost:6379/0"))

    openai_api_key: str | None = field(default_factory=lambda: _env("OPENAI_API_KEY"))
    anthropic_api_key: str | None = field(default_factory=lambda: _env("ANTHROPIC_API_KEY"))
    gemini_api_key: str | None = field(default_factory=lambda: _env("GEMINI_API_KEY"))
    mistral_api_key: str | None = field(default_factory=lambda: _env("MISTRAL_API_KEY"))
    cohere_api_key: str | None = field(default_factory=lambda: _env("COHERE_API_KEY"))
    voyage_api_key: str | None = field(default_factory=lambda: _env("VOYAGE_API_KEY"))
    replicate_api_token: str | None = field(default_factory=lambda: _env("REPLICATE_API_TOKEN"))

    aws_region: str = field(default_factory=lambda: _env("AWS_REGION", "us-east-1"))
    aws_profile: str | None = field(default_factory=lambda: _env("AWS_PROFILE"))
    bedrock_model_id: str = field(
        default_factory=lambda: _env("BEDROCK_MODEL_ID", "anthropic.claude-3-5-sonnet-20240620-v1:0")
    )
    bedrock_table_model_id: str = field(
        default_factory=lambda: _env("BEDROCK_TABLE_MODEL_ID", "anthropic.claude-3-haiku-20240307-v1:0")
    )

    default_chat_model: str = field(default_factory=lambda: _env("DEFAULT_CHAT_MODEL", "gpt-4o"))
    fast_model: str = field(default_factory=lambda: _env("FAST_MODEL", "gpt-4o-mini"))
    claude_model: str = field(default_factory=lambda: _env("CLAUDE_MODEL", "claude-3-5-sonnet-latest"))
    gemini_model: str = field(default_factory=lambda: _env("GEMINI_MODEL", "gemini-2.0-flash"))
    mistral_model: str = field(default_factory=lambda: _env("MISTRAL_MODEL", "mistral-large-latest"))
    cohere_chat_model: str = field(default_factory=lambda: _env("COHERE_CHAT_MODEL", "command-r-plus-08-2024"))
    cohere_embed_model: str = field(default_factory=lambda: _env("COHERE_EMBED_MODEL", "embed-english-v3.0"))
    embedding_model: str = field(default_factory=lambda: _env("EMBEDDING_MODEL", "text-embedding-3-small"))
    voyage_model: str = field(default_factory=lambda: _env("VOYAGE_MODEL", "voyage-3"))
    voyage_rerank_model: str = field(default_factory=lambda: _env("VOYAGE_RERANK_MODEL", "rerank-2"))
    replicate_text_model: str = field(
        default_factory=lambda: _env("REPLICATE_TEXT_MODEL", "meta/meta-llama-3-70b-instruct")
    )

    llm_timeout_seconds: float = field(default_factory=lambda: _env_float("LLM_TIMEOUT_SECONDS", 60.0))
    embedding_workers: int = field(default_factory=lambda: _env_int("EMBEDDING_WORKERS", 8))
    max_prompt_chars: int = field(default_factory=lambda: _env_int("MAX_PROMPT_CHARS", 60_000))

    s3_bucket: str = field(default_factory=lambda: _env("S3_BUCKET", "docflow-documents-dev"))
    export_queue_url: str | None = field(default_factory=lambda: _env("EXPORT_QUEUE_URL"))
    stripe_api_key: str | None = field(default_factory=lambda: _env("STRIPE_API_KEY"))
    twilio_account_sid: str | None = field(default_factory=lambda: _env("TWILIO_ACCOUNT_SID"))
    twilio_auth_token: str | None = field(default_factory=lambda: _env("TWILIO_AUTH_TOKEN"))
    twilio_from_number: str | None = field(default_factory=lambda: _env("TWILIO_FROM_NUMBER"))
    slack_webhook_url: str | None = field(default_factory=lambda: _env("SLACK_WEBHOOK_URL"))

    def as_flask_config(self) -> dict[str, Any]:
        return {
            "SECRET_KEY": self.secret_key,
            "SQLALCHEMY_DATABASE_URI": self.database_url,
            "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
            "CELERY_BROKER_URL": self.redis_url,
            "CELERY_RESULT_BACKEND": self.redis_url,
            "MAX_CONTENT_LENGTH": 50 * 1024 * 1024,
        }


settings = Settings()
