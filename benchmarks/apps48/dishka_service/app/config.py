from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="DOCQA_", extra="ignore")

    environment: str = "dev"
    database_url: str = "postgresql+asyncpg://docqa:docqa@localhost:5432/docqa"

    openai_api_key: str = ""
    openai_org: str | None = None
    openai_chat_model: str = "gpt-4o-mini"
    openai_embedding_model: str = "text-embedding-3-small"

    anthropic_api_key: str = ""
    anthropic_model: str = "claude-3-5-sonnet-20241022"
    anthropic_fast_model: str = "claude-3-5-haiku-20241022"

    aws_region: str = "us-east-1"
    aws_profile: str | None = None
    bedrock_model_id: str = "anthropic.claude-3-haiku-20240307-v1:0"
    bedrock_titan_embed_id: str = "amazon.titan-embed-text-v2:0"

    voyage_api_key: str = ""
    voyage_model: str = "voyage-3"
    voyage_rerank_model: str = "rerank-2"

    mistral_api_key: str = ""
    mistral_model: str = "mistral-small-latest"
    mistral_embed_model: str = "mistral-embed"

    summary_backend: str = Field(default="anthropic", description="anthropic | bedrock")
    embedding_backend: str = Field(default="voyage", description="voyage | openai | mistral")
    max_context_chunks: int = 8
    rerank_enabled: bool = True
    moderation_enabled: bool = True
    slack_digest_channel: str = "#docqa-digest"
    cors_origins: list[str] = Field(default_factory=lambda: ["http://localhost:3000"])
    request_timeout_s: float = 60.0


@lru_cache
def get_settings() -> Settings:
    return Settings()
