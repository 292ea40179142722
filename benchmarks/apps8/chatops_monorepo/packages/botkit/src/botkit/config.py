from __future__ import annotations

from functools import lru_cache
from typing import Optional

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="CHATOPS_", extra="ignore")

    environment: str = "dev"
    log_level: str = "INFO"

    # chat platforms
    slack_bot_token: str = ""
    slack_app_token: str = ""
    slack_signing_secret: str = ""
    discord_token: str = ""
    discord_guild_id: Optional[int] = None

    # model providers
    groq_api_key: str = Field(default="", validation_alias="GROQ_API_KEY")
    mistral_api_key: str = Field(default="", validation_alias="MISTRAL_API_KEY")
    openrouter_api_key: str = Field(default="", validation_alias="OPENROUTER_API_KEY")
    replicate_api_token: str = Field(default="", validation_alias="REPLICATE_API_TOKEN")
    ollama_host: str = "http://127.0.0.1:11434"

    # storage
    database_url: str = "sqlite:///chatops.db"
    artifacts_bucket: str = "acme-chatops-artifacts"
    aws_region: str = "eu-west-1"

    # misc
    pagerduty_routing_key: str = ""
    github_token: str = ""
    digest_channel: str = "#eng-digest"
    plugins_dir: str = "plugins"
    disabled_plugins: list[str] = []


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
