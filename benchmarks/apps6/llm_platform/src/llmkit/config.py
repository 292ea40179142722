"""Runtime configuration for llmkit and the services built on it.

Values come from the environment (prefix ``LLMKIT_``) or a local ``.env`` file.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LLMKIT_", env_file=".env", extra="ignore")

    environment: str = "dev"
    log_level: str = "INFO"
    request_timeout: float = 60.0
    max_retries: int = 3

    # OpenAI
    openai_api_key: Optional[SecretStr] = None
    openai_org: Optional[str] = None
    openai_base_url: Optional[str] = None
    openai_chat_model: str = "gpt-4o-mini"
    openai_embedding_model: str = "text-embedding-3-small"

    # Anthropic
    anthropic_api_key: Optional[SecretStr] = None
    anthropic_model: str = "claude-3-5-sonnet-latest"
    anthropic_max_tokens: int = 1024

    # Google (Gemini API or Vertex AI)
    google_api_key: Optional[SecretStr] = None
    google_use_vertex: bool = False
    google_project: Optional[str] = None
    google_location: str = "us-central1"
    gemini_model: str = "gemini-2.0-flash"
    gemini_embedding_model: str = "text-embedding-004"

    # Cohere
    cohere_api_key: Optional[SecretStr] = None
    cohere_chat_model: str = "command-r-plus-08-2024"
    cohere_embed_model: str = "embed-english-v3.0"
    cohere_rerank_model: str = "rerank-v3.5"

    # Groq
    groq_api_key: Optional[SecretStr] = None
    groq_model: str = "llama-3.1-8b-instant"

    # Ollama (on-prem GPU boxes)
    ollama_host: str = "http://localhost:11434"
    ollama_model: str = "llama3.1:8b"
    ollama_embed_model: str = "nomic-embed-text"

    # Hugging Face Inference
    hf_token: Optional[SecretStr] = None
    hf_provider: Optional[str] = None
    hf_chat_model: str = "meta-llama/Llama-3.1-8B-Instruct"
    hf_text_model: str = "bigcode/starcoder2-15b"

    # Together
    together_api_key: Optional[SecretStr] = None
    together_model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
    together_rerank_model: str = "Salesforce/Llama-Rank-V1"

    # Infrastructure used by the services
    database_url: str = "sqlite:///./llm_platform.db"
    redis_url: str = "redis://localhost:6379/0"
    s3_bucket: str = "llm-platform-artifacts"
    slack_webhook_url: Optional[str] = None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def secret(value: Optional[SecretStr]) -> Optional[str]:
    """Unwrap a SecretStr, keeping None as None (SDKs fall back to their env vars)."""
    return value.get_secret_value() if value is not None else None
