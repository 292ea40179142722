from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr
    admin_ids: list[int] = Field(default_factory=list)
    redis_url: str = "redis://localhost:6379/0"
    database_url: str = "postgresql+asyncpg://linguapal:linguapal@localhost/linguapal"

    openai_api_key: SecretStr
    openai_chat_model: str = "gpt-4o-mini"
    openai_tts_model: str = "tts-1"
    openai_tts_voice: str = "nova"
    whisper_model: str = "whisper-1"

    anthropic_api_key: SecretStr
    anthropic_model: str = "claude-3-5-sonnet-20241022"

    gemini_api_key: SecretStr
    gemini_model: str = "gemini-2.0-flash"

    deepseek_api_key: SecretStr
    deepseek_base_url: str = "https://api.deepseek.com"
    deepseek_model: str = "deepseek-chat"

    cohere_api_key: SecretStr
    cohere_chat_model: str = "command-r-plus-08-2024"
    cohere_embed_model: str = "embed-multilingual-v3.0"
    cohere_rerank_model: str = "rerank-multilingual-v3.0"

    aws_region: str = "eu-central-1"
    bedrock_lesson_model: str = "anthropic.claude-3-haiku-20240307-v1:0"
    bedrock_fallback_model: str = "meta.llama3-70b-instruct-v1:0"

    daily_lesson_hour: int = 9
    daily_lesson_timezone: str = "Europe/Berlin"
    throttle_rate: float = 0.7
    max_voice_seconds: int = 120


@lru_cache
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]
