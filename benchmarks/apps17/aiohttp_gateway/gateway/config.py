"""Runtime configuration, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import List, Optional


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def _env_list(name: str, default: str = "") -> List[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


ANTHROPIC_API_BASE = "https://api.anthropic.com"
ANTHROPIC_MESSAGES_URL = f"{ANTHROPIC_API_BASE}/v1/messages"
ANTHROPIC_VERSION = "2023-06-01"

FIREWORKS_BASE_URL = "https://api.fireworks.ai/inference/v1"
DEEPSEEK_BASE_URL = "https://api.deepseek.com"


@dataclass(frozen=True)
class Settings:
    host: str = "0.0.0.0"
    port: int = 8080
    log_level: str = "INFO"
    environment: str = "dev"

    database_dsn: str = "postgresql://gateway@localhost:5432/gateway"
    s3_bucket: str = "assist-gateway-artifacts"
    aws_region: str = "eu-west-1"

    gemini_api_key: Optional[str] = None
    groq_api_key: Optional[str] = None
    cohere_api_key: Optional[str] = None
    fireworks_api_key: Optional[str] = None
    deepseek_api_key: Optional[str] = None
    anthropic_api_key: Optional[str] = None

    chat_model: str = "llama-3.3-70b-versatile"
    gemini_model: str = "gemini-2.0-flash"
    gemini_embedding_model: str = "text-embedding-004"
    cohere_chat_model: str = "command-r-plus-08-2024"
    cohere_embed_model: str = "embed-english-v3.0"
    cohere_rerank_model: str = "rerank-v3.5"
    claude_model: str = "claude-3-5-sonnet-20241022"
    fireworks_model: str = "accounts/fireworks/models/llama-v3p1-70b-instruct"

    request_timeout: float = 60.0
    max_upload_mb: int = 25
    admin_tokens: List[str] = field(default_factory=list)
    slack_webhook_url: Optional[str] = None
    digest_enabled: bool = True

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            host=os.environ.get("GATEWAY_HOST", "0.0.0.0"),
            port=int(os.environ.get("GATEWAY_PORT", "8080")),
            log_level=os.environ.get("LOG_LEVEL", "INFO"),
            environment=os.environ.get("APP_ENV", "dev"),
            database_dsn=os.environ.get("DATABASE_URL", cls.database_dsn),
            s3_bucket=os.environ.get("ARTIFACT_BUCKET", cls.s3_bucket),
            aws_region=os.environ.get("AWS_REGION", cls.aws_region),
            gemini_api_key=os.environ.get("GEMINI_API_KEY"),
            groq_api_key=os.environ.get("GROQ_API_KEY"),
            cohere_api_key=os.environ.get("COHERE_API_KEY"),
            fireworks_api_key=os.environ.get("FIREWORKS_API_KEY"),
            deepseek_api_key=os.environ.get("DEEPSEEK_API_KEY"),
            anthropic_api_key=os.environ.get("ANTHROPIC_API_KEY"),
            chat_model=os.environ.get("CHAT_MODEL", cls.chat_model),
            gemini_model=os.environ.get("GEMINI_MODEL", cls.gemini_model),
            claude_model=os.environ.get("CLAUDE_MODEL", cls.claude_model),
            request_timeout=float(os.environ.get("UPSTREAM_TIMEOUT", "60")),
            admin_tokens=_env_list("ADMIN_TOKENS"),
            slack_webhook_url=os.environ.get("SLACK_WEBHOOK_URL"),
            digest_enabled=_env_bool("DIGEST_ENABLED", True),
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings.from_env()
