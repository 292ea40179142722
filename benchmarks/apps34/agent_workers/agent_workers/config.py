"""Runtime settings, read from the environment (prefix ``AW_``) and ``.env``."""
from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class ModelDefaults(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AW_MODEL_", extra="ignore")

    summarise: str = "gpt-4.1-mini"
    summarise_fallback: str = "gemini-2.0-flash"
    translate: str = "claude-3-5-haiku-latest"
    code_review: str = "Qwen/Qwen2.5-Coder-32B-Instruct"
    code_review_second_opinion: str = "grok-3-mini"
    research: str = "openai/gpt-4.1"
    research_embedding: str = "text-embedding-3-small"
    embedding: str = "text-embedding-3-small"
    moderation: str = "omni-moderation-latest"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="AW_",
        env_file=".env",
        env_nested_delimiter="__",
        extra="ignore",
    )

    environment: Literal["dev", "staging", "prod"] = "dev"
    redis_url: str = "redis://localhost:6379/0"
    queue_stream: str = "aw:tasks"
    queue_group: str = "aw-workers"
    dead_letter_stream: str = "aw:dead"
    concurrency: int = Field(default=4, ge=1, le=64)
    task_timeout_s: float = 120.0
    max_attempts: int = 3

    openai_api_key: SecretStr | None = None
    openai_org: str | None = None
    anthropic_api_key: SecretStr | None = None
    gemini_api_key: SecretStr | None = None
    together_api_key: SecretStr | None = None
    xai_api_key: SecretStr | None = None
    xai_base_url: str = "https://api.x.ai/v1"

    enabled_plugins: list[str] = Field(default_factory=lambda: ["summarise", "translate", "code_review", "research"])
    track_usage: bool = True
    models: ModelDefaults = Field(default_factory=ModelDefaults)

    @field_validator("enabled_plugins", mode="before")
    @classmethod
    def _split_csv(cls, value):
        if isinstance(value, str):
            return [p.strip() for p in value.split(",") if p.strip()]
        return value

    def secret(self, name: str) -> str | None:
        value = getattr(self, f"{name}_api_key", None)
        return value.get_secret_value() if value else None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
