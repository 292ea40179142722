"""Runtime configuration.

Provider keys come from the ``gateway-provider-keys`` Modal secret (exposed as
environment variables inside containers). Anything that changes without a
redeploy (routing, vLLM endpoints) lives in modal.Dict objects, see
:mod:`gateway.app`.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from typing import Dict, Optional

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", extra="ignore")

    environment: str = Field("dev", alias="GATEWAY_ENV")

    openai_api_key: Optional[str] = Field(None, alias="OPENAI_API_KEY")
    openai_org: Optional[str] = Field(None, alias="OPENAI_ORG_ID")
    anthropic_api_key: Optional[str] = Field(None, alias="ANTHROPIC_API_KEY")
    together_api_key: Optional[str] = Field(None, alias="TOGETHER_API_KEY")
    fireworks_api_key: Optional[str] = Field(None, alias="FIREWORKS_API_KEY")
    fireworks_account: str = Field("platform-ml", alias="FIREWORKS_ACCOUNT")
    cerebras_api_key: Optional[str] = Field(None, alias="CEREBRAS_API_KEY")
    sambanova_api_key: Optional[str] = Field(None, alias="SAMBANOVA_API_KEY")

    # JSON object: deployment name -> base url, e.g.
    # {"llama-70b": "https://platform-ml--vllm-llama-70b-serve.modal.run/v1"}
    vllm_endpoints_json: str = Field("{}", alias="VLLM_ENDPOINTS")
    vllm_api_key: str = Field("EMPTY", alias="VLLM_API_KEY")

    request_timeout_s: float = Field(60.0, alias="GATEWAY_REQUEST_TIMEOUT")
    max_retries: int = Field(2, alias="GATEWAY_MAX_RETRIES")

    usage_bucket: str = Field("platform-ml-gateway-usage", alias="USAGE_BUCKET")
    slack_webhook_url: Optional[str] = Field(None, alias="SLACK_WEBHOOK_URL")
    datadog_api_key: Optional[str] = Field(None, alias="DD_API_KEY")

    default_embedding_model: str = "BAAI/bge-large-en-v1.5"
    judge_model: str = "claude-3-7-sonnet-20250219"

    @property
    def vllm_endpoints(self) -> Dict[str, str]:
        try:
            return json.loads(self.vllm_endpoints_json)
        except json.JSONDecodeError:
            return {}

    @property
    def is_prod(self) -> bool:
        return self.environment == "prod"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def env_flag(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}
