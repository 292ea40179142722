"""Runtime configuration, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache
from typing import Optional

# Upstream endpoints. Keep these in one place so the proxy allow-list and the
# egress firewall rules can be generated from this file.
DEEPSEEK_BASE_URL = "https://api.deepseek.com"
FIREWORKS_API_BASE = "https://api.fireworks.ai/inference/v1"
WATSONX_URL = os.getenv("WATSONX_URL", "https://us-south.ml.cloud.ibm.com")
DASHSCOPE_INTL_URL = "https://dashscope-intl.aliyuncs.com/api/v1"

PAGERDUTY_API = "https://api.pagerduty.com"
STATUSPAGE_API = "https://api.statuspage.io/v1"


def _env_bool(name: str, default: bool = False) -> bool:
    raw = os.getenv(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    env: str = "dev"
    database_url: str = "sqlite:///opskit.db"
    artifacts_bucket: str = "ops-artifacts-dev"
    slack_webhook_url: Optional[str] = None
    pagerduty_token: Optional[str] = None

    openrouter_api_key: Optional[str] = None
    deepseek_api_key: Optional[str] = None
    perplexity_api_key: Optional[str] = None
    fireworks_api_key: Optional[str] = None
    replicate_api_token: Optional[str] = None
    dashscope_api_key: Optional[str] = None
    watsonx_api_key: Optional[str] = None
    watsonx_project_id: Optional[str] = None

    summary_model: str = "openrouter/anthropic/claude-3.5-haiku"
    embed_model: str = "text-embedding-3-small"
    triage_model: str = "deepseek-chat"
    granite_model: str = "ibm/granite-3-8b-instruct"
    fireworks_model: str = "accounts/fireworks/models/llama-v3p1-70b-instruct"
    request_timeout: float = 60.0
    max_workers: int = 8
    verbose: bool = False
    extra_tags: dict = field(default_factory=dict)


@cache
def get_settings() -> Settings:
    return Settings(
        env=os.getenv("OPSKIT_ENV", "dev"),
        database_url=os.getenv("OPSKIT_DATABASE_URL", "sqlite:///opskit.db"),
        artifacts_bucket=os.getenv("OPSKIT_ARTIFACTS_BUCKET", "ops-artifacts-dev"),
        slack_webhook_url=os.getenv("OPSKIT_SLACK_WEBHOOK"),
        pagerduty_token=os.getenv("PAGERDUTY_TOKEN"),
        openrouter_api_key=os.getenv("OPENROUTER_API_KEY"),
        deepseek_api_key=os.getenv("DEEPSEEK_API_KEY"),
        perplexity_api_key=os.getenv("PPLX_API_KEY"),
        fireworks_api_key=os.getenv("FIREWORKS_API_KEY"),
        replicate_api_token=os.getenv("REPLICATE_API_TOKEN"),
        dashscope_api_key=os.getenv("DASHSCOPE_API_KEY"),
        watsonx_api_key=os.getenv("WATSONX_APIKEY"),
        watsonx_project_id=os.getenv("WATSONX_PROJECT_ID"),
        summary_model=os.getenv("OPSKIT_SUMMARY_MODEL", "openrouter/anthropic/claude-3.5-haiku"),
        embed_model=os.getenv("OPSKIT_EMBED_MODEL", "text-embedding-3-small"),
        request_timeout=float(os.getenv("OPSKIT_TIMEOUT", "60")),
        max_workers=int(os.getenv("OPSKIT_MAX_WORKERS", "8")),
        verbose=_env_bool("OPSKIT_VERBOSE"),
    )
