"""Runtime settings, loaded from env / .env."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="PC_", extra="ignore")

    # crawling
    start_urls: list[str] = Field(default_factory=lambda: ["https://shop.example.com/catalog"])
    max_requests_per_crawl: int = 500
    max_concurrency: int = 8
    headless: bool = True
    dataset_name: str = "products"

    # LLM keys (fall back to the SDKs' default env vars when unset)
    openai_api_key: str | None = None
    anthropic_api_key: str | None = None
    gemini_api_key: str | None = None
    fireworks_api_key: str | None = None
    voyage_api_key: str | None = None

    # models
    summary_model: str = "gpt-4o-mini"
    extraction_model: str = "gpt-4o-2024-08-06"
    classifier_model: str = "claude-3-5-haiku-latest"
    gemini_model: str = "gemini-2.0-flash"
    fireworks_model: str = "accounts/fireworks/models/llama-v3p1-70b-instruct"
    embedding_model: str = "voyage-3"
    rerank_model: str = "rerank-2"

    fireworks_base_url: str = "https://api.fireworks.ai/inference/v1"

    enable_llm_in_crawl: bool = True
    summary_provider: str = "openai"  # openai | gemini | fireworks


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
