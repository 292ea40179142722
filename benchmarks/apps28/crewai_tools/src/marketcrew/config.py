"""Application settings.

Everything is read from the environment (or `.env` in dev). Provider keys use the
vendor's conventional variable names so the SDKs pick them up too.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="MC_", extra="ignore")

    environment: str = "dev"
    log_level: str = "INFO"

    # provider keys (no prefix)
    openai_api_key: str = Field(default="", validation_alias="OPENAI_API_KEY")
    anthropic_api_key: str = Field(default="", validation_alias="ANTHROPIC_API_KEY")
    gemini_api_key: str = Field(default="", validation_alias="GEMINI_API_KEY")
    xai_api_key: str = Field(default="", validation_alias="XAI_API_KEY")
    cerebras_api_key: str = Field(default="", validation_alias="CEREBRAS_API_KEY")
    voyage_api_key: str = Field(default="", validation_alias="VOYAGE_API_KEY")

    # models
    copy_model: str = "gpt-4o-mini"
    strategist_model: str = "gpt-4o"
    editor_model: str = "anthropic/claude-sonnet-4-20250514"
    brand_voice_model: str = "claude-3-5-haiku-latest"
    research_model: str = "gemini-2.5-flash"
    fast_model: str = "llama-3.3-70b"
    grok_model: str = "grok-3-mini"
    embed_model: str = "voyage-3.5"
    rerank_model: str = "rerank-2.5"
    image_model: str = "gpt-image-1"

    # infra
    database_url: str = "postgresql+asyncpg://marketcrew:marketcrew@localhost:5432/marketcrew"
    slack_webhook_url: str = ""
    slack_bot_token: str = ""
    slack_channel: str = "#marketing-bots"
    request_timeout: float = 60.0
    max_retries: int = 2

    # feature flags
    enable_image_generation: bool = True
    enable_grok_trends: bool = True
    use_tracked_service_for_tools: bool = False


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


settings = get_settings()
