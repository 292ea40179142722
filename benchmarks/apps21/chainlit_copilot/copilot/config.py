"""Runtime configuration.

Everything comes from the environment (``.env`` in dev, Parameter Store in prod).
Keep defaults safe for local runs: no key means the provider is simply hidden
from the chat-profile picker.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="COPILOT_", extra="ignore")

    env: str = "dev"
    log_level: str = "INFO"

    # provider keys -- read without prefix so the SDK defaults also work
    anthropic_api_key: Optional[str] = Field(default=None, alias="ANTHROPIC_API_KEY")
    openai_api_key: Optional[str] = Field(default=None, alias="OPENAI_API_KEY")
    groq_api_key: Optional[str] = Field(default=None, alias="GROQ_API_KEY")
    cerebras_api_key: Optional[str] = Field(default=None, alias="CEREBRAS_API_KEY")
    openrouter_api_key: Optional[str] = Field(default=None, alias="OPENROUTER_API_KEY")

    aws_region: str = Field(default="us-east-1", alias="AWS_REGION")
    bedrock_profile: Optional[str] = None

    openrouter_base_url: str = "https://openrouter.ai/api/v1"
    openrouter_referer: str = "https://copilot.harbormutual.internal"

    # model defaults per profile
    anthropic_model: str = "claude-sonnet-4-5"
    anthropic_fast_model: str = "claude-haiku-4-5"
    openai_model: str = "gpt-4.1"
    openai_mini_model: str = "gpt-4.1-mini"
    openai_embedding_model: str = "text-embedding-3-small"
    groq_model: str = "llama-3.3-70b-versatile"
    groq_whisper_model: str = "whisper-large-v3-turbo"
    cerebras_model: str = "llama-3.3-70b"
    bedrock_model: str = "anthropic.claude-3-5-sonnet-20241022-v2:0"
    bedrock_embedding_model: str = "amazon.titan-embed-text-v2:0"
    openrouter_model: str = "meta-llama/llama-3.3-70b-instruct"
    litellm_model: str = "gpt-4o-mini"
    rerank_model: str = "cohere/rerank-english-v3.0"

    max_history_turns: int = 20
    max_output_tokens: int = 1500
    default_temperature: float = 0.2

    vector_db_path: str = "./data/vectors.sqlite"
    policy_api_url: str = "http://policy-admin.internal/api/v2"
    policy_api_token: Optional[str] = None

    usage_db_dsn: str = "postgresql://copilot@localhost:5432/copilot"
    enable_moderation: bool = True
    enable_audio: bool = False


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]


settings = get_settings()
