from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="KB_", extra="ignore")

    env: str = "dev"
    database_url: str = "postgresql+asyncpg://kb:kb@localhost:5432/kb"
    redis_url: str = "redis://localhost:6379/0"

    openai_api_key: str = ""
    openai_org: str | None = None
    gemini_api_key: str = ""
    mistral_api_key: str = ""
    replicate_api_token: str = ""
    perplexity_api_key: str = ""
    hf_token: str = ""

    # model choices
    answer_model: str = "gpt-4o-mini"
    embedding_model: str = "text-embedding-3-small"
    embedding_dim: int = 1536
    summary_model: str = "mistral-small-latest"
    translation_model: str = "gemini-2.0-flash"
    web_search_model: str = "sonar-pro"
    tagging_model: str = "HuggingFaceH4/zephyr-7b-beta"
    cover_image_model: str = "black-forest-labs/flux-schnell"

    indexer_batch_size: int = 32
    indexer_poll_seconds: float = 5.0
    enable_indexer: bool = True

    jwt_secret: str = Field(default="dev-secret-change-me")
    admin_emails: list[str] = Field(default_factory=list)


@lru_cache
def get_settings() -> Settings:
    return Settings()
