from __future__ import annotations

from functools import lru_cache
from typing import List, Optional

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration. Everything is overridable with LEXB_* env vars."""

    model_config = SettingsConfigDict(env_file=".env", env_prefix="LEXB_", extra="ignore")

    environment: str = "development"
    debug: bool = False
    cors_origins: List[str] = Field(default_factory=lambda: ["http://localhost:5173"])

    database_url: str = "postgresql+asyncpg://lexbridge:lexbridge@localhost:5432/lexbridge"
    redis_url: str = "redis://localhost:6379/0"

    aws_region: str = "us-east-1"
    aws_profile: Optional[str] = None
    documents_bucket: str = "lexbridge-matter-documents"
    batch_bucket: str = "lexbridge-llm-batch"
    bedrock_batch_role_arn: str = "arn:aws:iam::000000000000:role/lexbridge-bedrock-batch"

    # Azure OpenAI (deployment names, not model names)
    azure_openai_endpoint: str = "https://lexbridge-eastus2.openai.azure.com"
    azure_openai_api_key: Optional[str] = None
    azure_openai_api_version: str = "2024-10-21"
    azure_chat_deployment: str = "gpt-4o-legal"
    azure_mini_deployment: str = "gpt-4o-mini"
    azure_batch_deployment: str = "gpt-4o-mini-batch"
    azure_embedding_deployment: str = "text-embedding-3-large"

    # Bedrock
    bedrock_claude_model_id: str = "us.anthropic.claude-3-5-sonnet-20241022-v2:0"
    bedrock_haiku_model_id: str = "us.anthropic.claude-3-5-haiku-20241022-v1:0"

    # Voyage
    voyage_api_key: Optional[str] = None
    voyage_embed_model: str = "voyage-law-2"
    voyage_context_model: str = "voyage-context-3"
    voyage_rerank_model: str = "rerank-2"

    # Groq
    groq_api_key: Optional[str] = None
    groq_fast_model: str = "llama-3.1-8b-instant"
    groq_large_model: str = "llama-3.3-70b-versatile"
    groq_whisper_model: str = "whisper-large-v3"

    courtlistener_url: str = "https://www.courtlistener.com/api/rest/v4"
    courtlistener_token: Optional[str] = None
    slack_webhook_url: Optional[str] = None

    embed_batch_size: int = 64
    max_upload_mb: int = 80


@lru_cache
def get_settings() -> Settings:
    return Settings()
