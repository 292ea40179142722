"""Application settings.

Values come from the environment (prefix ``SUPPORT_``, nested with ``__``) or a local
``.env`` file. The container loads them with ``config.from_pydantic``.
"""
from functools import lru_cache
from typing import List, Optional

from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

# Upstream OpenAI is only used by a few legacy helpers and the admin playground.
OPENAI_API_BASE = "https://api.openai.com/v1"


class AzureOpenAISettings(BaseModel):
    endpoint: str = "https://acme-support-oai.openai.azure.com"
    api_key: str = ""
    api_version: str = "2024-10-21"
    chat_deployment: str = "gpt-4o-support"
    mini_deployment: str = "gpt-4o-mini-support"
    embedding_deployment: str = "text-embedding-3-small"
    whisper_deployment: str = "whisper-1"
    tts_deployment: str = "tts-1"
    timeout_seconds: float = 30.0
    max_retries: int = 2


class BedrockSettings(BaseModel):
    region: str = "us-east-1"
    profile: Optional[str] = None
    triage_model_id: str = "anthropic.claude-3-5-haiku-20241022-v1:0"
    priority_model_id: str = "anthropic.claude-3-haiku-20240307-v1:0"
    digest_model_id: str = "amazon.nova-pro-v1:0"
    chat_fallback_model_id: str = "anthropic.claude-3-5-sonnet-20241022-v2:0"
    batch_role_arn: str = "arn:aws:iam::123456789012:role/support-bedrock-batch"
    batch_bucket: str = "acme-support-bedrock-batch"


class VertexSettings(BaseModel):
    project: str = "acme-support-prod"
    location: str = "us-central1"
    summary_model: str = "gemini-2.0-flash-001"
    long_context_model: str = "gemini-1.5-pro-002"
    max_summary_input_tokens: int = 120_000


class VoyageSettings(BaseModel):
    api_key: str = ""
    embed_model: str = "voyage-3"
    rerank_model: str = "rerank-2"
    multimodal_model: str = "voyage-multimodal-3"
    max_retries: int = 3


class GatewaySettings(BaseModel):
    """Internal OpenAI-compatible gateway run by the platform team."""

    base_url: str = "https://llm-gateway.int.acmesupport.net/v1"
    api_key: str = ""
    translation_model: str = "llama-3.1-70b-instruct"
    language_detect_model: str = "llama-3.1-8b-instruct"
    timeout_seconds: float = 45.0


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SUPPORT_",
        env_nested_delimiter="__",
        env_file=".env",
        extra="ignore",
    )

    environment: str = "dev"
    log_level: str = "INFO"
    database_url: str = "postgresql+asyncpg://support:support@localhost:5432/support"
    redis_url: str = "redis://localhost:6379/0"
    attachments_bucket: str = "acme-support-attachments"
    zendesk_base_url: str = "https://acmesupport.zendesk.com"
    zendesk_token: str = ""
    slack_webhook_url: Optional[str] = None
    openai_api_key: str = ""
    cors_origins: List[str] = Field(default_factory=lambda: ["http://localhost:3000"])

    azure: AzureOpenAISettings = AzureOpenAISettings()
    bedrock: BedrockSettings = BedrockSettings()
    vertex: VertexSettings = VertexSettings()
    voyage: VoyageSettings = VoyageSettings()
    gateway: GatewaySettings = GatewaySettings()


@lru_cache
def get_settings() -> Settings:
    return Settings()
