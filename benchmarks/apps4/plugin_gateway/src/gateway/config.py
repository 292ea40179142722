"""Runtime settings, read once from the environment."""
from __future__ import annotations

from functools import lru_cache
from typing import Dict, List, Optional

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ProviderDefaults(BaseSettings):
    """Per-vendor default model names. Overridable with GATEWAY_MODELS__<VENDOR>."""

    openai: str = "gpt-4o-mini"
    anthropic: str = "claude-3-5-haiku-latest"
    mistral: str = "mistral-small-latest"
    cohere: str = "command-r-plus-08-2024"
    groq: str = "llama-3.3-70b-versatile"
    xai: str = "grok-3-mini"
    deepseek: str = "deepseek-chat"
    bedrock: str = "anthropic.claude-3-5-sonnet-20240620-v1:0"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="GATEWAY_",
        env_file=".env",
        env_nested_delimiter="__",
        extra="ignore",
    )

    env: str = "dev"
    service_name: str = "ai-gateway"
    log_level: str = "INFO"

    default_provider: str = "openai"
    fallback_chain: List[str] = Field(default_factory=lambda: ["openai", "anthropic", "groq"])
    models: ProviderDefaults = Field(default_factory=ProviderDefaults)
    embedding_models: Dict[str, str] = Field(
        default_factory=lambda: {
            "openai": "text-embedding-3-small",
            "mistral": "mistral-embed",
            "cohere": "embed-v4.0",
            "bedrock": "amazon.titan-embed-text-v2:0",
        }
    )

    request_timeout_s: float = 60.0
    max_retries: int = 3
    max_output_tokens: int = 1024

    openai_api_key: Optional[str] = Field(default=None, alias="OPENAI_API_KEY")
    openai_org: Optional[str] = None
    anthropic_api_key: Optional[str] = Field(default=None, alias="ANTHROPIC_API_KEY")
    mistral_api_key: Optional[str] = Field(default=None, alias="MISTRAL_API_KEY")
    cohere_api_key: Optional[str] = Field(default=None, alias="CO_API_KEY")
    groq_api_key: Optional[str] = Field(default=None, alias="GROQ_API_KEY")
    xai_api_key: Optional[str] = Field(default=None, alias="XAI_API_KEY")
    deepseek_api_key: Optional[str] = Field(default=None, alias="DEEPSEEK_API_KEY")
    aws_region: str = Field(default="us-east-1", alias="AWS_REGION")

    database_url: str = "postgresql+asyncpg://gateway:gateway@localhost:5432/gateway"
    redis_url: str = "redis://localhost:6379/0"
    archive_bucket: str = "ai-gateway-archive-dev"
    slack_webhook_url: Optional[str] = None

    guard_enabled: bool = True
    guard_model: str = "llama-guard-3-8b"
    admin_token: str = "change-me"

    embedding_batch_size: int = 64
    embedding_workers: int = 4


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
