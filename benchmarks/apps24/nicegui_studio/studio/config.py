"""Application settings, loaded from the environment / .env file."""
from __future__ import annotations

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    openai_api_key: str = ""
    anthropic_api_key: str = ""
    gemini_api_key: str = ""
    groq_api_key: str = ""
    deepseek_api_key: str = ""
    replicate_api_token: str = ""
    xai_api_key: str = ""

    storage_secret: str = "dev-secret"
    port: int = 8080

    # default models per feature -- the product team edits these, not the code
    default_chat_model: str = "gpt-4o-mini"
    brand_voice_model: str = "claude-3-5-sonnet-latest"
    headline_model: str = "llama-3.1-8b-instant"
    translation_model: str = "gemini-2.0-flash"
    seo_model: str = "deepseek-chat"
    image_model: str = "black-forest-labs/flux-schnell"
    grok_model: str = "grok-3-mini"
    embedding_model: str = "text-embedding-3-small"

    digest_interval_seconds: float = 3600.0
    request_timeout: float = 60.0


@lru_cache
def get_settings() -> Settings:
    return Settings()


settings = get_settings()
