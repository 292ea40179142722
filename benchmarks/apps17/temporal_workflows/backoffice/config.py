"""Runtime configuration, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional


def _env(name: str, default: Optional[str] = None) -> Optional[str]:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value


def _env_int(name: str, default: int) -> int:
    raw = _env(name)
    return int(raw) if raw is not None else default


@dataclass(frozen=True)
class ModelDefaults:
    extraction: str = "gpt-4o-2024-08-06"
    extraction_mini: str = "gpt-4o-mini"
    triage: str = "claude-3-5-haiku-20241022"
    drafting: str = "claude-sonnet-4-20250514"
    contracts_bedrock: str = "anthropic.claude-3-5-sonnet-20241022-v2:0"
    bedrock_converse: str = "anthropic.claude-3-haiku-20240307-v1:0"
    bedrock_titan_embed: str = "amazon.titan-embed-text-v2:0"
    mistral_small: str = "mistral-small-latest"
    mistral_large: str = "mistral-large-latest"
    mistral_embed: str = "mistral-embed"
    mistral_ocr: str = "mistral-ocr-latest"
    mistral_moderation: str = "mistral-moderation-latest"
    openai_embed: str = "text-embedding-3-small"
    voyage_embed: str = "voyage-3"
    voyage_rerank: str = "rerank-2"


@dataclass(frozen=True)
class Settings:
    env: str = "dev"
    temporal_host: str = "localhost:7233"
    temporal_namespace: str = "default"
    task_queue: str = "backoffice-main"
    batch_task_queue: str = "backoffice-batch"

    aws_region: str = "us-east-1"
    aws_profile: Optional[str] = None
    documents_bucket: str = "acme-backoffice-docs"
    batch_bucket: str = "acme-backoffice-batch"
    bedrock_batch_role_arn: Optional[str] = None

    openai_api_key: Optional[str] = None
    openai_org: Optional[str] = None
    anthropic_api_key: Optional[str] = None
    mistral_api_key: Optional[str] = None
    voyage_api_key: Optional[str] = None

    erp_base_url: str = "https://erp.internal.acme.net/api/v2"
    erp_token: Optional[str] = None
    slack_webhook_url: Optional[str] = None
    database_url: str = "postgresql://backoffice@localhost:5432/backoffice"

    max_concurrent_activities: int = 20
    llm_timeout_s: int = 90

    models: ModelDefaults = field(default_factory=ModelDefaults)

    @property
    def is_prod(self) -> bool:
        return self.env == "prod"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings(
        env=_env("BACKOFFICE_ENV", "dev"),
        temporal_host=_env("TEMPORAL_HOST", "localhost:7233"),
        temporal_namespace=_env("TEMPORAL_NAMESPACE", "default"),
        task_queue=_env("BACKOFFICE_TASK_QUEUE", "backoffice-main"),
        batch_task_queue=_env("BACKOFFICE_BATCH_QUEUE", "backoffice-batch"),
        aws_region=_env("AWS_REGION", "us-east-1"),
        aws_profile=_env("AWS_PROFILE"),
        documents_bucket=_env("DOCUMENTS_BUCKET", "acme-backoffice-docs"),
        batch_bucket=_env("BATCH_BUCKET", "acme-backoffice-batch"),
        bedrock_batch_role_arn=_env("BEDROCK_BATCH_ROLE_ARN"),
        openai_api_key=_env("OPENAI_API_KEY"),
        openai_org=_env("OPENAI_ORG_ID"),
        anthropic_api_key=_env("ANTHROPIC_API_KEY"),
        mistral_api_key=_env("MISTRAL_API_KEY"),
        voyage_api_key=_env("VOYAGE_API_KEY"),
        erp_base_url=_env("ERP_BASE_URL", "https://erp.internal.acme.net/api/v2"),
        erp_token=_env("ERP_TOKEN"),
        slack_webhook_url=_env("SLACK_WEBHOOK_URL"),
        database_url=_env("DATABASE_URL", "postgresql://backoffice@localhost:5432/backoffice"),
        max_concurrent_activities=_env_int("MAX_CONCURRENT_ACTIVITIES", 20),
        llm_timeout_s=_env_int("LLM_TIMEOUT_S", 90),
    )
