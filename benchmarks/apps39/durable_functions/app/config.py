"""Application settings, loaded from the environment."""
from __future__ import annotations

import os
from functools import lru_cache

from pydantic import BaseModel, Field


class Settings(BaseModel):
    env: str = Field(default="development")
    inngest_app_id: str = Field(default="doc-pipeline")
    inngest_is_production: bool = False

    openai_api_key: str | None = None
    anthropic_api_key: str | None = None
    gemini_api_key: str | None = None
    together_api_key: str | None = None
    fireworks_api_key: str | None = None

    default_chat_model: str = "gpt-4o-mini"
    summary_model: str = "claude-3-5-sonnet-20241022"
    embedding_model: str = "text-embedding-3-small"
    gemini_model: str = "gemini-2.0-flash"
    together_model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    together_rerank_model: str = "Salesforce/Llama-Rank-V1"
    fireworks_model: str = "accounts/fireworks/models/llama-v3p1-70b-instruct"

    max_document_chars: int = 120_000
    digest_delay_minutes: int = 15


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings(
        env=os.getenv("APP_ENV", "development"),
        inngest_app_id=os.getenv("INNGEST_APP_ID", "doc-pipeline"),
        inngest_is_production=os.getenv("APP_ENV") == "production",
        openai_api_key=os.getenv("OPENAI_API_KEY"),
        anthropic_api_key=os.getenv("ANTHROPIC_API_KEY"),
        gemini_api_key=os.getenv("GEMINI_API_KEY"),
        together_api_key=os.getenv("TOGETHER_API_KEY"),
        fireworks_api_key=os.getenv("FIREWORKS_API_KEY"),
        default_chat_model=os.getenv("DEFAULT_CHAT_MODEL", "gpt-4o-mini"),
        digest_delay_minutes=int(os.getenv("DIGEST_DELAY_MINUTES", "15")),
    )
