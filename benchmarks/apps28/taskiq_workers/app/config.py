"""Runtime configuration shared by the API and the taskiq workers."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LUMEN_", env_file=".env", extra="ignore")

    env: str = "dev"
    broker: str = "redis"  # "redis" | "rabbit" | "memory"
    redis_url: str = "redis://localhost:6379/0"
    result_redis_url: str = "redis://localhost:6379/1"
    amqp_url: str = "amqp://guest:guest@localhost:5672/"
    database_url: str = "postgresql+asyncpg://lumen:lumen@localhost:5432/lumen"
    media_bucket: str = "lumen-media-dev"

    openai_api_key: str = Field(default="", alias="OPENAI_API_KEY")
    anthropic_api_key: str = Field(default="", alias="ANTHROPIC_API_KEY")
    cohere_api_key: str = Field(default="", alias="CO_API_KEY")
    voyage_api_key: str = Field(default="", alias="VOYAGE_API_KEY")
    groq_api_key: str = Field(default="", alias="GROQ_API_KEY")
    deepseek_api_key: str = Field(default="", alias="DEEPSEEK_API_KEY")
    replicate_api_token: str = Field(default="", alias="REPLICATE_API_TOKEN")

    deepseek_base_url: str = "https://api.deepseek.com"

    summary_model: str = "claude-3-5-sonnet-20241022"
    quiz_model: str = "gpt-4o-mini"
    embed_model: str = "voyage-3"
    rerank_model: str = "rerank-v3.5"
    transcribe_model: str = "whisper-1"
    groq_chat_model: str = "llama-3.3-70b-versatile"
    deepseek_model: str = "deepseek-chat"
    thumbnail_model: str = "black-forest-labs/flux-schnell"

    # per-course daily spend guard, USD
    course_daily_budget: float = 25.0
    max_chunk_tokens: int = 800


@lru_cache
def get_settings() -> Settings:
    return Settings()
