"""Runtime configuration for the claims assistant functions.

Plain settings come from environment variables declared in ``template.yaml``.
API keys for third-party model vendors are stored in one Secrets Manager
secret and fetched once per container.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import boto3
from botocore.exceptions import ClientError

AWS_REGION = os.environ.get("AWS_REGION", "us-east-1")

_secrets_client = boto3.client("secretsmanager", region_name=AWS_REGION)


class ConfigurationError(RuntimeError):
    """Raised when a required setting or secret is missing."""


@lru_cache(maxsize=8)
def get_secret(secret_id: str) -> dict[str, Any]:
    """Fetch and decode a JSON secret; cached for the lifetime of the container."""
    try:
        resp = _secrets_client.get_secret_value(SecretId=secret_id)
    except ClientError as exc:
        raise ConfigurationError(f"cannot read secret {secret_id}") from exc
    return json.loads(resp["SecretString"])


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ConfigurationError(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class Settings:
    stage: str
    claims_bucket: str
    claims_table: str
    usage_table: str
    notifications_topic_arn: str
    state_machine_arn: str
    vendor_secret_id: str
    crm_webhook_url: str
    digest_sender: str
    digest_recipients: tuple[str, ...]
    digest_languages: tuple[str, ...]
    vector_bucket: str
    eu_region: str
    bedrock_summary_model: str
    bedrock_claude_model: str
    bedrock_embed_model: str
    anthropic_model: str
    anthropic_small_model: str
    openai_model: str
    openai_vision_model: str
    gemini_model: str
    together_model: str

    @classmethod
    def from_env(cls) -> "Settings":
        env = os.environ
        return cls(
            stage=env.get("STAGE", "dev"),
            claims_bucket=_require("CLAIMS_BUCKET"),
            claims_table=_require("CLAIMS_TABLE"),
            usage_table=env.get("LLM_USAGE_TABLE", "llm-usage"),
            notifications_topic_arn=_require("NOTIFICATIONS_TOPIC_ARN"),
            state_machine_arn=env.get("CLAIM_STATE_MACHINE_ARN", ""),
            vendor_secret_id=env.get("VENDOR_SECRET_ID", "claims/model-vendors"),
            crm_webhook_url=env.get("CRM_WEBHOOK_URL", ""),
            digest_sender=env.get("DIGEST_SENDER", "claims-digest@example-insurer.com"),
            digest_recipients=tuple(
                r.strip() for r in env.get("DIGEST_RECIPIENTS", "").split(",") if r.strip()
            ),
            digest_languages=tuple(env.get("DIGEST_LANGUAGES", "es,fr").split(",")),
            vector_bucket=env.get("VECTOR_BUCKET", "claims-vectors"),
            eu_region=env.get("EU_REGION", "eu-central-1"),
            bedrock_summary_model=env.get("BEDROCK_SUMMARY_MODEL", "amazon.nova-lite-v1:0"),
            bedrock_claude_model=env.get(
                "BEDROCK_CLAUDE_MODEL", "anthropic.claude-3-5-sonnet-20241022-v2:0"
            ),
            bedrock_embed_model=env.get("BEDROCK_EMBED_MODEL", "amazon.titan-embed-text-v2:0"),
            anthropic_model=env.get("ANTHROPIC_MODEL", "claude-sonnet-4-5"),
            anthropic_small_model=env.get("ANTHROPIC_SMALL_MODEL", "claude-haiku-4-5"),
            openai_model=env.get("OPENAI_MODEL", "gpt-4.1-mini"),
            openai_vision_model=env.get("OPENAI_VISION_MODEL", "gpt-4o"),
            gemini_model=env.get("GEMINI_MODEL", "gemini-2.5-flash"),
            together_model=env.get(
                "TOGETHER_MODEL", "meta-llama/Llama-3.3-70B-Instruct-Turbo"
            ),
        )


settings = Settings.from_env()
