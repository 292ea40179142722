"""Runtime settings for the enrichment pipeline.

Plain values come from the environment (``PIPELINE_*``). Anything secret lives
in a Prefect block and only the *block name* is configured here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any, Dict

_PREFIX = "PIPELINE_"


@dataclass(frozen=True)
class Settings:
    env: str = "dev"

    # AWS / Bedrock
    aws_credentials_block: str = "aws-enrichment"
    aws_region: str = "us-east-1"
    bedrock_region: str = "us-west-2"
    bedrock_chat_model: str = "anthropic.claude-3-5-sonnet-20240620-v1:0"
    bedrock_fast_model: str = "anthropic.claude-3-haiku-20240307-v1:0"
    bedrock_batch_role_arn: str = ""

    # Azure OpenAI
    azure_openai_endpoint: str = "https://acme-enrich-dev.openai.azure.com"
    azure_openai_api_version: str = "2024-06-01"
    azure_openai_key_block: str = "azure-openai-api-key"
    azure_chat_deployment: str = "gpt-4o-mini-enrich"
    azure_embed_deployment: str = "text-embedding-3-small"

    # Cohere
    cohere_key_block: str = "cohere-api-key"
    cohere_embed_model: str = "embed-english-v3.0"
    cohere_rerank_model: str = "rerank-english-v3.0"

    # Mistral
    mistral_key_block: str = "mistral-api-key"
    mistral_chat_model: str = "mistral-small-latest"
    mistral_embed_model: str = "mistral-embed"

    # Vertex AI (google-genai)
    gcp_project: str = "acme-data-ml"
    gcp_location: str = "us-central1"
    vertex_model: str = "gemini-1.5-flash-002"
    vertex_embed_model: str = "text-embedding-004"
    vertex_batch_bucket: str = "acme-vertex-batch"

    # Sinks
    snowflake_block: str = "snowflake-enrichment"
    snowflake_schema: str = "ENRICHMENT"
    results_bucket: str = "acme-data-enrichment"
    slack_webhook_url: str = ""

    # Tuning
    embed_batch_size: int = 96
    max_workers: int = 4
    llm_concurrency: int = 8

    @property
    def is_prod(self) -> bool:
        return self.env == "prod"


def _coerce(value: str, default: Any) -> Any:
    if isinstance(default, bool):
        return value.lower() in {"1", "true", "yes"}
    if isinstance(default, int):
        return int(value)
    return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    overrides: Dict[str, Any] = {}
    defaults = Settings()
    for f in fields(Settings):
        raw = os.environ.get(_PREFIX + f.name.upper())
        if raw is not None:
            overrides[f.name] = _coerce(raw, getattr(defaults, f.name))
    return Settings(**overrides)
