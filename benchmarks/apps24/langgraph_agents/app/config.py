from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="CUSTOPS_", extra="ignore")

    env: str = "dev"
    log_level: str = "INFO"

    openai_api_key: str | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    anthropic_api_key: str | None = Field(default=None, validation_alias="ANTHROPIC_API_KEY")
    mistral_api_key: str | None = Field(default=None, validation_alias="MISTRAL_API_KEY")
    cohere_api_key: str | None = Field(default=None, validation_alias="CO_API_KEY")
    cerebras_api_key: str | None = Field(default=None, validation_alias="CEREBRAS_API_KEY")
    perplexity_api_key: str | None = Field(default=None, validation_alias="PPLX_API_KEY")
    perplexity_base_url: str = "https://api.perplexity.ai"
    aws_region: str = "us-east-1"

    triage_model: str = "gpt-4o-mini"
    responder_model: str = "claude-3-5-sonnet-20241022"
    summary_model: str = "mistral-small-latest"
    embed_model: str = "embed-english-v3.0"
    rerank_model: str = "rerank-v3.5"
    fast_model: str = "llama3.1-8b"
    research_model: str = "sonar-pro"
    escalation_model_id: str = "anthropic.claude-3-5-haiku-20241022-v1:0"

    checkpointer: str = "memory"  # memory | sqlite | postgres
    sqlite_path: str = "var/checkpoints.sqlite"
    postgres_dsn: str | None = None

    database_url: str = "sqlite:///var/custops.db"
    request_timeout_s: float = 30.0


@lru_cache
def get_settings() -> Settings:
    return Settings()


settings = get_settings()
