"""Runtime configuration, read from the environment (and `.env` in local dev)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    environment: str = Field(default="dev", alias="APP_ENV")
    log_level: str = "INFO"

    # provider keys
    openai_api_key: Optional[SecretStr] = None
    openai_org_id: Optional[str] = None
    anthropic_api_key: Optional[SecretStr] = None
    gemini_api_key: Optional[SecretStr] = None
    fireworks_api_key: Optional[SecretStr] = None
    mistral_api_key: Optional[SecretStr] = None
    openrouter_api_key: Optional[SecretStr] = None

    # default models per tool; overridable per deployment
    contract_model: str = "claude-sonnet-4-20250514"
    contract_extract_model: str = "gemini-2.5-pro"
    email_model: str = "anthropic/claude-3.7-sonnet"
    email_fallback_model: str = "openai/gpt-4o-mini"
    meeting_summary_model: str = "accounts/fireworks/models/llama-v3p3-70b-instruct"
    meeting_chat_model: str = "gemini-2.5-flash"
    action_items_model: str = "mistral-large-latest"
    image_model: str = "gpt-image-1"
    imagen_model: str = "imagen-4.0-generate-001"
    support_model: str = "mistral-medium-latest"
    translate_model: str = "gemini-2.5-flash"
    embed_model: str = "mistral-embed"

    request_timeout_s: float = 60.0
    max_retries: int = 2

    # infra
    database_url: str = "postgresql+psycopg://tools:tools@localhost:5432/tools"
    cache_dir: str = "/var/cache/gradio-tools"
    assets_bucket: str = "acme-ai-tools-assets"
    aws_region: str = "eu-west-1"
    hubspot_token: Optional[SecretStr] = None
    hubspot_base_url: str = "https://api.hubapi.com"
    slack_escalation_webhook: Optional[str] = None
    sso_header: str = "X-Forwarded-Email"
    allowed_domains: str = "acme.com"
    app_public_url: str = "https://ai-tools.internal.acme.com"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def secret(value: Optional[SecretStr]) -> Optional[str]:
    return value.get_secret_value() if value is not None else None
