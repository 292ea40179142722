"""Application settings, loaded from the environment (and `.env` in development)."""
from __future__ import annotations

from functools import lru_cache
from typing import List, Optional

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="HELPDESK_", extra="ignore")

    env: str = "development"
    debug: bool = False
    log_level: str = "INFO"
    log_json: bool = True

    database_url: str = "postgresql+asyncpg://helpdesk:helpdesk@localhost:5432/helpdesk"
    redis_url: str = "redis://localhost:6379/0"
    cache_ttl_seconds: int = 60 * 60 * 6

    # provider credentials
    openai_api_key: Optional[SecretStr] = None
    openai_org: Optional[str] = None
    anthropic_api_key: Optional[SecretStr] = None
    gemini_api_key: Optional[SecretStr] = None
    mistral_api_key: Optional[SecretStr] = None
    cohere_api_key: Optional[SecretStr] = None

    # model defaults
    chat_model: str = "gpt-4o-mini"
    draft_model: str = "gpt-4o"
    summary_model: str = "claude-3-5-sonnet-latest"
    agent_model: str = "claude-3-5-sonnet-latest"
    triage_model: str = "mistral-small-latest"
    gemini_model: str = "gemini-2.0-flash"
    embedding_model: str = "text-embedding-3-small"
    embedding_provider: str = "openai"
    rerank_model: str = "rerank-v3.5"
    legacy_model: str = "gpt-3.5-turbo"

    request_timeout: float = 60.0
    max_retries: int = 3

    # storage / integrations
    s3_bucket: str = "helpdesk-attachments"
    s3_region: str = "eu-west-1"
    slack_webhook_url: Optional[str] = None
    cors_origins: List[str] = Field(default_factory=lambda: ["http://localhost:3000"])

    @property
    def is_production(self) -> bool:
        return self.env == "production"


@lru_cache()
def get_settings() -> Settings:
    return Settings()


settings = get_settings()
