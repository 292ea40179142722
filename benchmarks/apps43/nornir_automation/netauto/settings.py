"""Runtime settings, read from the environment.

We used to keep this in a YAML file next to config.yaml; moved to env vars
when we containerised the runners (NETAUTO-212).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class LLMSettings:
    default_provider: str = "openai"
    openai_model: str = "gpt-4o-mini"
    openai_embedding_model: str = "text-embedding-3-small"
    anthropic_model: str = "claude-3-5-sonnet-20241022"
    bedrock_model: str = "anthropic.claude-3-haiku-20240307-v1:0"
    bedrock_region: str = "us-east-1"
    mistral_model: str = "mistral-large-latest"
    watsonx_model: str = "ibm/granite-3-8b-instruct"
    watsonx_url: str = "https://us-south.ml.cloud.ibm.com"
    watsonx_project_id: str | None = None
    max_tokens: int = 1024
    temperature: float = 0.1


@dataclass(frozen=True)
class Settings:
    nornir_config: str = "config.yaml"
    backup_dir: str = "backups"
    dry_run: bool = True
    slack_channel: str = "#neteng-changes"
    llm: LLMSettings = field(default_factory=LLMSettings)


def _bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    llm = LLMSettings(
        default_provider=os.environ.get("NETAUTO_LLM_PROVIDER", "openai"),
        openai_model=os.environ.get("NETAUTO_OPENAI_MODEL", "gpt-4o-mini"),
        anthropic_model=os.environ.get("NETAUTO_ANTHROPIC_MODEL", "claude-3-5-sonnet-20241022"),
        bedrock_model=os.environ.get("NETAUTO_BEDROCK_MODEL", "anthropic.claude-3-haiku-20240307-v1:0"),
        bedrock_region=os.environ.get("AWS_REGION", "us-east-1"),
        mistral_model=os.environ.get("NETAUTO_MISTRAL_MODEL", "mistral-large-latest"),
        watsonx_model=os.environ.get("NETAUTO_WATSONX_MODEL", "ibm/granite-3-8b-instruct"),
        watsonx_url=os.environ.get("WATSONX_URL", "https://us-south.ml.cloud.ibm.com"),
        watsonx_project_id=os.environ.get("WATSONX_PROJECT_ID"),
    )
    return Settings(
        nornir_config=os.environ.get("NETAUTO_NORNIR_CONFIG", "config.yaml"),
        backup_dir=os.environ.get("NETAUTO_BACKUP_DIR", "backups"),
        dry_run=_bool("NETAUTO_DRY_RUN", True),
        slack_channel=os.environ.get("NETAUTO_SLACK_CHANNEL", "#neteng-changes"),
        llm=llm,
    )
