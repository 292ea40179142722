"""Application settings for the Retail Insights dashboard.

Everything is read from the environment so the same image runs in staging and
prod. Keep this module free of heavy imports: it is loaded by scripts too.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class ModelDefaults:
    openai_chat: str = "gpt-4o-mini"
    openai_reasoning: str = "gpt-4.1"
    openai_embedding: str = "text-embedding-3-small"
    anthropic: str = "claude-sonnet-4-20250514"
    anthropic_fast: str = "claude-3-5-haiku-latest"
    gemini: str = "gemini-2.5-flash"
    gemini_embedding: str = "gemini-embedding-001"
    mistral: str = "mistral-large-latest"
    codestral: str = "codestral-latest"
    groq: str = "llama-3.3-70b-versatile"
    together: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    together_embedding: str = "BAAI/bge-base-en-v1.5"
    bedrock: str = "anthropic.claude-3-5-sonnet-20240620-v1:0"
    bedrock_nova: str = "amazon.nova-lite-v1:0"


@dataclass(frozen=True)
class Settings:
    env: str = field(default_factory=lambda: os.environ.get("APP_ENV", "dev"))
    debug: bool = field(default_factory=lambda: _env_bool("DASH_DEBUG", False))
    secret_key: str = field(default_factory=lambda: os.environ.get("FLASK_SECRET_KEY", "dev-only"))

    warehouse_url: str = field(
        default_factory=lambda: os.environ.get(
            "WAREHOUSE_URL", f"duckdb:///{BASE_DIR / 'data' / 'retail.duckdb'}"
        )
    )
    cache_dir: str = field(default_factory=lambda: os.environ.get("DASH_CACHE_DIR", str(BASE_DIR / ".cache")))
    usage_db_path: str = field(
        default_factory=lambda: os.environ.get("LLM_USAGE_DB", str(BASE_DIR / ".cache" / "llm_usage.sqlite"))
    )

    openai_api_key: str | None = field(default_factory=lambda: os.environ.get("OPENAI_API_KEY"))
    anthropic_api_key: str | None = field(default_factory=lambda: os.environ.get("ANTHROPIC_API_KEY"))
    google_api_key: str | None = field(default_factory=lambda: os.environ.get("GOOGLE_API_KEY"))
    mistral_api_key: str | None = field(default_factory=lambda: os.environ.get("MISTRAL_API_KEY"))
    groq_api_key: str | None = field(default_factory=lambda: os.environ.get("GROQ_API_KEY"))
    together_api_key: str | None = field(default_factory=lambda: os.environ.get("TOGETHER_API_KEY"))
    together_base_url: str = field(
        default_factory=lambda: os.environ.get("TOGETHER_BASE_URL", "https://api.together.xyz/v1")
    )
    aws_region: str = field(default_factory=lambda: os.environ.get("AWS_REGION", "us-east-1"))
    aws_profile: str | None = field(default_factory=lambda: os.environ.get("AWS_PROFILE"))

    llm_gateway_url: str = field(
        default_factory=lambda: os.environ.get("LLM_GATEWAY_URL", "http://llm-gateway.platform.svc:8080")
    )
    default_insight_provider: str = field(
        default_factory=lambda: os.environ.get("DEFAULT_INSIGHT_PROVIDER", "openai")
    )
    slack_webhook_url: str | None = field(default_factory=lambda: os.environ.get("SLACK_WEBHOOK_URL"))

    models: ModelDefaults = field(default_factory=ModelDefaults)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


settings = get_settings()
