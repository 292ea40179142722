from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class KafkaSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KAFKA_")

    bootstrap_servers: str = "localhost:9092"
    group_id: str = "de-workers"
    security_protocol: str = "PLAINTEXT"


class RabbitSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RABBIT_")

    url: str = "amqp://guest:guest@localhost:5672/"
    prefetch: int = 8


class LLMSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LLM_")

    openai_api_key: SecretStr | None = None
    anthropic_api_key: SecretStr | None = None
    voyage_api_key: SecretStr | None = None
    xai_api_key: SecretStr | None = None
    xai_base_url: str = "https://api.x.ai/v1"
    aws_region: str = "us-east-1"
    bedrock_profile: str | None = None

    classify_model: str = "gpt-4o-mini"
    summary_model: str = "claude-3-5-sonnet-20241022"
    embed_model: str = "voyage-3"
    openai_embed_model: str = "text-embedding-3-small"
    bedrock_model_id: str = "anthropic.claude-3-haiku-20240307-v1:0"
    bedrock_embed_model_id: str = "amazon.titan-embed-text-v2:0"
    grok_model: str = "grok-3-mini"
    fallback_models: list[str] = Field(
        default_factory=lambda: ["gpt-4o-mini", "claude-3-5-haiku-20241022"]
    )
    request_timeout: float = 60.0


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    env: str = "dev"
    service_name: str = "de-workers"
    kafka: KafkaSettings = Field(default_factory=KafkaSettings)
    rabbit: RabbitSettings = Field(default_factory=RabbitSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    warehouse_dsn: str = "postgresql://localhost/warehouse"
    admin_token: SecretStr = SecretStr("change-me")


@lru_cache
def get_settings() -> Settings:
    return Settings()


settings = get_settings()
