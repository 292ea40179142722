"""Runtime settings for the Ops Insights Bokeh app.

Everything is read from the environment so the same app directory can be served
with ``bokeh serve ops_insights`` locally and in the k8s deployment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    openai_api_key: str = field(default_factory=lambda: os.environ.get("OPENAI_API_KEY", ""))
    openai_model: str = os.environ.get("OPS_OPENAI_MODEL", "gpt-4o-mini")
    openai_embedding_model: str = os.environ.get("OPS_EMBED_MODEL", "text-embedding-3-small")
    anthropic_api_key: str = field(default_factory=lambda: os.environ.get("ANTHROPIC_API_KEY", ""))
    anthropic_model: str = os.environ.get("OPS_ANTHROPIC_MODEL", "claude-3-5-sonnet-20241022")
    mistral_api_key: str = field(default_factory=lambda: os.environ.get("MISTRAL_API_KEY", ""))
    mistral_model: str = os.environ.get("OPS_MISTRAL_MODEL", "mistral-small-latest")
    fireworks_api_key: str = field(default_factory=lambda: os.environ.get("FIREWORKS_API_KEY", ""))
    fireworks_model: str = os.environ.get(
        "OPS_FIREWORKS_MODEL", "accounts/fireworks/models/llama-v3p1-70b-instruct"
    )
    fireworks_base_url: str = "https://api.fireworks.ai/inference/v1"
    aws_region: str = os.environ.get("AWS_REGION", "us-east-1")
    bedrock_model_id: str = os.environ.get(
        "OPS_BEDROCK_MODEL", "anthropic.claude-3-haiku-20240307-v1:0"
    )
    bedrock_titan_embed_id: str = "amazon.titan-embed-text-v2:0"
    default_provider: str = os.environ.get("OPS_DEFAULT_PROVIDER", "openai")
    max_workers: int = int(os.environ.get("OPS_LLM_WORKERS", "4"))
    narrative_refresh_ms: int = int(os.environ.get("OPS_NARRATIVE_REFRESH_MS", "120000"))
    use_tracked_service: bool = _env_bool("OPS_USE_TRACKED_SERVICE", True)
    data_dir: str = os.environ.get("OPS_DATA_DIR", os.path.join(os.path.dirname(__file__), "data", "samples"))


settings = Settings()
