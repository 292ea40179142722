"""Service configuration, loaded from the environment.

Everything is prefixed with ``REVIEWS_`` except the provider API keys, which
keep their conventional names so local dev can reuse a shell profile.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class KafkaSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REVIEWS_KAFKA_", extra="ignore")

    broker_address: str = "localhost:9092"
    consumer_group: str = "review-enrichment"
    auto_offset_reset: Literal["earliest", "latest"] = "latest"
    commit_interval: float = 5.0
    input_topic: str = "reviews"
    classified_topic: str = "reviews-classified"
    entities_topic: str = "reviews-entities"
    moderation_topic: str = "reviews-moderation"
    digest_topic: str = "product-digests"
    dlq_topic: str = "reviews-dlq"


class ModelSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REVIEWS_MODEL_", extra="ignore")

    classifier: str = "gpt-4o-mini"
    classifier_fallback: str = "claude-3-5-haiku-latest"
    entities: str = "claude-3-5-sonnet-latest"
    summarizer: str = "anthropic.claude-3-haiku-20240307-v1:0"
    embedding: str = "voyage-3"
    embedding_dim: int = 1024
    moderation: str = "omni-moderation-latest"
    together_tagger: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    max_output_tokens: int = 512
    temperature: float = 0.0


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    env: Literal["dev", "staging", "prod"] = "dev"
    pipeline: str = Field(default="classify", alias="REVIEWS_PIPELINE")

    openai_api_key: SecretStr | None = None
    anthropic_api_key: SecretStr | None = None
    voyage_api_key: SecretStr | None = None
    together_api_key: SecretStr | None = None
    aws_region: str = "us-east-1"
    azure_openai_endpoint: str | None = None

    vector_store_url: str = "http://localhost:6333"
    vector_collection: str = "reviews"

    use_tracked_service: bool = True
    moderation_block_threshold: float = 0.7

    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    models: ModelSettings = Field(default_factory=ModelSettings)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
