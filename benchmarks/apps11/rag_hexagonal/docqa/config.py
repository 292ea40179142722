"""Application settings, read from the environment (and `.env` in development)."""
from __future__ import annotations

import logging
import logging.config
from functools import lru_cache
from typing import Optional

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DOCQA_", env_file=".env", extra="ignore")

    environment: str = "development"
    log_level: str = "INFO"

    # --- model vendors -------------------------------------------------
    openai_api_key: SecretStr = SecretStr("")
    openai_org_id: Optional[str] = None
    anthropic_api_key: SecretStr = SecretStr("")
    gemini_api_key: SecretStr = SecretStr("")
    voyage_api_key: SecretStr = SecretStr("")
    cohere_api_key: SecretStr = SecretStr("")

    answer_provider: str = "anthropic"  # openai | anthropic | gemini
    answer_model: str = "claude-sonnet-4-20250514"
    fast_model_openai: str = "gpt-4o-mini"
    fast_model_anthropic: str = "claude-3-5-haiku-latest"
    fast_model_gemini: str = "gemini-2.0-flash"
    embedding_model: str = "voyage-3.5"
    contextual_embedding_model: str = "voyage-context-3"
    rerank_provider: str = "cohere"  # cohere | voyage
    rerank_model: str = "rerank-v3.5"
    llm_timeout_s: float = 60.0
    llm_max_retries: int = 2

    # --- infrastructure ------------------------------------------------
    database_url: str = "postgresql+asyncpg://docqa:docqa@localhost:5432/docqa"
    redis_url: str = "redis://localhost:6379/0"
    qdrant_url: str = "http://localhost:6333"
    qdrant_api_key: Optional[SecretStr] = None
    qdrant_collection: str = "docqa_chunks"
    embedding_dim: int = 1024
    s3_bucket: str = "docqa-uploads"
    s3_region: str = "eu-west-1"
    tika_url: str = "http://localhost:9998"
    slack_webhook_url: Optional[str] = None

    # --- retrieval ------------------------------------------------------
    retrieve_top_k: int = Field(default=40, ge=1, le=200)
    rerank_top_n: int = Field(default=8, ge=1, le=50)
    chunk_size: int = 1200
    chunk_overlap: int = 150
    ingest_concurrency: int = 4


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def configure_logging(level: str = "INFO") -> None:
    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "formatters": {
                "default": {
                    "format": "%(asctime)s %(levelname)-7s %(name)s [%(process)d] %(message)s",
                }
            },
            "handlers": {
                "console": {"class": "logging.StreamHandler", "formatter": "default"},
            },
            "root": {"handlers": ["console"], "level": level},
            "loggers": {
                "httpx": {"level": "WARNING"},
                "httpcore": {"level": "WARNING"},
            },
        }
    )
