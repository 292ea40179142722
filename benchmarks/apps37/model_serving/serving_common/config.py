"""Environment-driven configuration for the serving layer."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env_float(name: str, default: float) -> float:
    raw = os.getenv(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError:
        return default


def _env_int(name: str, default: int) -> int:
    raw = os.getenv(name)
    if not raw:
        return default
    return int(raw)


@dataclass(frozen=True)
class ServingSettings:
    openai_api_key: str = field(default_factory=lambda: os.getenv("OPENAI_API_KEY", ""))
    openai_org: str | None = field(default_factory=lambda: os.getenv("OPENAI_ORG_ID"))
    anthropic_api_key: str = field(default_factory=lambda: os.getenv("ANTHROPIC_API_KEY", ""))
    xai_api_key: str = field(default_factory=lambda: os.getenv("XAI_API_KEY", ""))
    xai_base_url: str = field(default_factory=lambda: os.getenv("XAI_BASE_URL", "https://api.x.ai/v1"))
    replicate_api_token: str = field(default_factory=lambda: os.getenv("REPLICATE_API_TOKEN", ""))
    aws_region: str = field(default_factory=lambda: os.getenv("AWS_REGION", "us-east-1"))
    bedrock_profile: str | None = field(default_factory=lambda: os.getenv("BEDROCK_PROFILE"))

    default_chat_model: str = field(default_factory=lambda: os.getenv("DEFAULT_CHAT_MODEL", "gpt-4o-mini"))
    default_embed_model: str = field(default_factory=lambda: os.getenv("DEFAULT_EMBED_MODEL", "text-embedding-3-small"))
    claude_model: str = field(default_factory=lambda: os.getenv("CLAUDE_MODEL", "claude-3-5-sonnet-20241022"))
    grok_model: str = field(default_factory=lambda: os.getenv("GROK_MODEL", "grok-2-latest"))
    bedrock_model_id: str = field(
        default_factory=lambda: os.getenv("BEDROCK_MODEL_ID", "anthropic.claude-3-haiku-20240307-v1:0")
    )
    titan_embed_model_id: str = field(
        default_factory=lambda: os.getenv("TITAN_EMBED_MODEL_ID", "amazon.titan-embed-text-v2:0")
    )

    request_timeout_s: float = field(default_factory=lambda: _env_float("LLM_REQUEST_TIMEOUT_S", 60.0))
    max_retries: int = field(default_factory=lambda: _env_int("LLM_MAX_RETRIES", 3))
    max_batch_size: int = field(default_factory=lambda: _env_int("MAX_BATCH_SIZE", 16))
    batch_window_ms: int = field(default_factory=lambda: _env_int("BATCH_WINDOW_MS", 25))

    # TODO(mlplat-412): move these to the tenant config service once it exists
    tenant_header: str = "x-tenant-id"
    track_usage: bool = field(default_factory=lambda: os.getenv("TRACK_LLM_USAGE", "1") == "1")


settings = ServingSettings()
