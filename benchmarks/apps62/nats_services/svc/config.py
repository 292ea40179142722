from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="", extra="ignore")

    nats_servers: list[str] = Field(default_factory=lambda: ["nats://localhost:4222"])
    nats_user: str | None = None
    nats_password: str | None = None
    service_queue_prefix: str = "ai"

    openai_api_key: str = ""
    openai_org: str | None = None
    anthropic_api_key: str = ""
    cohere_api_key: str = ""
    together_api_key: str = ""
    deepseek_api_key: str = ""
    deepseek_base_url: str = "https://api.deepseek.com"

    default_chat_model: str = "gpt-4o-mini"
    summary_model: str = "claude-3-5-sonnet-latest"
    embed_model: str = "text-embedding-3-small"
    cohere_embed_model: str = "embed-v4.0"
    translate_model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    classify_model: str = "deepseek-chat"

    request_timeout: float = 30.0
    max_retries: int = 2

    http_host: str = "0.0.0.0"
    http_port: int = 8080


@lru_cache
def get_settings() -> Settings:
    return Settings()
