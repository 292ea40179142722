"""Runtime configuration.

Provider keys use the vendors' usual variable names so that the same shell
environment works for the SDK examples; everything else is HELIX_*.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Optional

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[2]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="HELIX_", env_file=".env", extra="ignore")

    environment: str = "dev"
    log_level: str = "INFO"
    transport: str = "stdio"
    http_host: str = "127.0.0.1"
    http_port: int = 8765

    openai_api_key: Optional[SecretStr] = Field(default=None, validation_alias="OPENAI_API_KEY")
    openai_org: Optional[str] = Field(default=None, validation_alias="OPENAI_ORG_ID")
    anthropic_api_key: Optional[SecretStr] = Field(default=None, validation_alias="ANTHROPIC_API_KEY")
    cohere_api_key: Optional[SecretStr] = Field(default=None, validation_alias="CO_API_KEY")
    perplexity_api_key: Optional[SecretStr] = Field(default=None, validation_alias="PPLX_API_KEY")

    # Model choices. Keep these in one place; the finops dashboard groups by them.
    chat_model: str = "gpt-4.1-mini"
    reasoning_model: str = "o4-mini"
    claude_model: str = "claude-sonnet-4-20250514"
    claude_fast_model: str = "claude-3-5-haiku-latest"
    embedding_model: str = "text-embedding-3-small"
    cohere_embed_model: str = "embed-v4.0"
    cohere_rerank_model: str = "rerank-v3.5"
    perplexity_model: str = "sonar"
    perplexity_research_model: str = "sonar-deep-research"

    request_timeout: float = 60.0
    max_retries: int = 2

    runbook_dir: Path = REPO_ROOT / "docs" / "runbooks"
    index_path: Path = REPO_ROOT / "var" / "index.sqlite3"
    tickets_db_path: Path = REPO_ROOT / "var" / "tickets.sqlite3"
    incident_api_url: str = "https://incidents.platform.internal/api/v2"
    incident_api_token: Optional[SecretStr] = None
    slack_webhook_url: Optional[str] = None
    finops_url: str = "https://finops.platform.internal"
    reports_bucket: str = "platform-ai-reports"

    @property
    def is_dev(self) -> bool:
        return self.environment in ("dev", "local")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
