"""Runtime configuration, loaded from the environment (prefix ``AGENTD_``) or a ``.env`` file."""
from __future__ import annotations

import logging
import sys
from functools import lru_cache
from typing import List, Optional

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AGENTD_", env_file=".env", extra="ignore")

    environment: str = "dev"
    log_level: str = "INFO"
    log_json: bool = False

    # OpenAI
    openai_api_key: SecretStr = SecretStr("")
    openai_org: Optional[str] = None
    openai_model: str = "gpt-4o"
    openai_embedding_model: str = "text-embedding-3-small"
    planner_model: str = "gpt-4o-mini"
    title_model: str = "gpt-4o-mini"
    tts_model: str = "gpt-4o-mini-tts"
    tts_voice: str = "alloy"

    # Anthropic
    anthropic_api_key: SecretStr = SecretStr("")
    anthropic_model: str = "claude-3-5-sonnet-latest"
    summarizer_model: str = "claude-3-5-haiku-latest"

    # Google
    gemini_api_key: SecretStr = SecretStr("")
    gemini_model: str = "gemini-2.0-flash"
    gemini_embedding_model: str = "text-embedding-004"

    # AWS
    aws_region: str = "us-east-1"
    aws_profile: Optional[str] = None
    bedrock_model_id: str = "anthropic.claude-3-5-sonnet-20240620-v1:0"
    bedrock_embedding_model_id: str = "amazon.titan-embed-text-v2:0"
    bedrock_rerank_model_id: str = "cohere.rerank-v3-5:0"
    artifacts_bucket: str = "agentd-artifacts"

    # Groq
    groq_api_key: SecretStr = SecretStr("")
    groq_fast_model: str = "llama-3.1-8b-instant"
    groq_transcription_model: str = "whisper-large-v3-turbo"

    # Routing
    default_vendor: str = "openai"
    primary_litellm_model: str = "openai/gpt-4o"
    fallback_models: List[str] = Field(
        default_factory=lambda: ["anthropic/claude-3-5-haiku-latest", "groq/llama-3.3-70b-versatile"]
    )

    # Agent loop / workers
    max_agent_steps: int = 8
    request_timeout_s: float = 60.0
    worker_concurrency: int = 4
    queue_maxsize: int = 1000
    job_timeout_s: float = 120.0
    job_max_attempts: int = 3

    # Infra
    database_url: str = "postgresql+asyncpg://agentd@localhost:5432/agentd"
    slack_webhook_url: Optional[str] = None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def configure_logging(settings: Optional[Settings] = None) -> None:
    settings = settings or get_settings()
    if settings.log_json:
        fmt = '{"ts":"%(asctime)s","lvl":"%(levelname)s","logger":"%(name)s","msg":"%(message)s"}'
    else:
        fmt = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
    logging.basicConfig(level=settings.log_level.upper(), format=fmt, stream=sys.stdout, force=True)
    for noisy in ("httpx", "botocore", "urllib3", "LiteLLM"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
