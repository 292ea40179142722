"""Runtime configuration, read from the environment (and .env in dev)."""
from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="ENRICH_", extra="ignore")

    # kafka
    kafka_brokers: list[str] = Field(default_factory=lambda: ["localhost:9092"])
    tickets_topic: str = "support.tickets.v2"
    reviews_topic: str = "catalog.reviews.v1"
    enriched_topic: str = "enrichment.out.v1"
    consumer_group: str = "stream-enrichment"

    # openai / azure
    openai_api_key: str = ""
    openai_org: str | None = None
    classify_model: str = "gpt-4o-mini"
    embedding_model: str = "text-embedding-3-small"
    azure_endpoint: str = ""
    azure_api_key: str = ""
    azure_api_version: str = "2024-06-01"
    azure_deployment: str = "gpt-4o-enrich"
    use_azure: bool = False

    # cohere
    cohere_api_key: str = ""
    cohere_chat_model: str = "command-r-08-2024"
    cohere_embed_model: str = "embed-multilingual-v3.0"
    cohere_rerank_model: str = "rerank-multilingual-v3.0"

    # voyage
    voyage_api_key: str = ""
    voyage_model: str = "voyage-3"

    # google
    gemini_api_key: str = ""
    gemini_model: str = "gemini-2.0-flash"
    gemini_embed_model: str = "text-embedding-004"

    # bedrock
    aws_region: str = "eu-west-1"
    bedrock_model_id: str = "anthropic.claude-3-5-haiku-20241022-v1:0"
    bedrock_titan_embed: str = "amazon.titan-embed-text-v2:0"

    # which backend each stage uses
    embed_backend: str = "voyage"  # voyage | cohere | openai | gemini
    summary_backend: str = "gemini"  # gemini | bedrock | tracked

    # sinks
    pg_dsn: str = "postgresql://enrich:enrich@localhost:5432/enrich"
    batch_size: int = 32
    summary_window_seconds: int = 300

    admin_token: str = "change-me"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
