from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="DOCINTEL_", extra="ignore")

    environment: str = "dev"
    redis_url: str = "redis://localhost:6379/0"
    database_url: str = "postgresql://docintel:docintel@localhost:5432/docintel"
    blob_bucket: str = "docintel-uploads"

    # --- providers -------------------------------------------------------
    openai_api_key: SecretStr = SecretStr("")
    openai_org: str | None = None
    openai_chat_model: str = "gpt-4.1-mini"
    openai_embedding_model: str = "text-embedding-3-small"

    azure_openai_api_key: SecretStr = SecretStr("")
    azure_openai_endpoint: str = "https://docintel-eu.openai.azure.com"
    azure_openai_api_version: str = "2024-10-21"
    azure_openai_deployment: str = "gpt-4o-eu"

    anthropic_api_key: SecretStr = SecretStr("")
    anthropic_model: str = "claude-sonnet-4-20250514"
    anthropic_fast_model: str = "claude-3-5-haiku-20241022"

    cohere_api_key: SecretStr = SecretStr("")
    cohere_rerank_model: str = "rerank-v3.5"
    cohere_embed_model: str = "embed-english-v3.0"
    cohere_chat_model: str = "command-r-plus-08-2024"

    voyage_api_key: SecretStr = SecretStr("")
    voyage_embed_model: str = "voyage-3"
    voyage_rerank_model: str = "rerank-2"

    together_api_key: SecretStr = SecretStr("")
    together_base_url: str = "https://api.together.xyz/v1"
    together_model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"

    # --- worker ----------------------------------------------------------
    max_jobs: int = 12
    job_timeout_s: int = 600
    embed_batch_size: int = 96
    eu_tenants: list[str] = Field(default_factory=list)
    slack_webhook_url: str | None = None

    @property
    def is_prod(self) -> bool:
        return self.environment == "prod"


@lru_cache
def get_settings() -> Settings:
    return Settings()
