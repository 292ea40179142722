"""Runtime configuration.

Values come from ``configs/<env>.yaml`` (falling back to ``configs/default.yaml``)
and are overridden by ``MLSERVE_*`` environment variables.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

CONFIG_DIR = Path(__file__).resolve().parent.parent / "configs"

EmbeddingProviderName = Literal["voyage", "cohere", "openai"]
RerankProviderName = Literal["cohere", "voyage", "together"]


class SummarizerConfig(BaseModel):
    provider: Literal["openai", "bedrock", "watsonx", "fireworks"] = "openai"
    model: str = "gpt-4o-mini"
    long_model: str = "anthropic.claude-3-5-sonnet-20240620-v1:0"
    max_input_chars: int = 48_000
    temperature: float = 0.2


class EmbeddingConfig(BaseModel):
    provider: EmbeddingProviderName = "voyage"
    model: str = "voyage-3"
    dimensions: int = 1024
    batch_size: int = 64


class ModerationConfig(BaseModel):
    openai_model: str = "omni-moderation-latest"
    guardian_model: str = "ibm/granite-guardian-3-8b"
    bedrock_guardrail_id: str | None = None
    bedrock_guardrail_version: str = "DRAFT"
    block_threshold: float = 0.7


class RerankConfig(BaseModel):
    provider: RerankProviderName = "cohere"
    model: str = "rerank-english-v3.0"
    top_n: int = 8


class FireworksConfig(BaseModel):
    base_url: str = "https://api.fireworks.ai/inference/v1"
    model: str = "accounts/fireworks/models/llama-v3p1-70b-instruct"


class WatsonxConfig(BaseModel):
    url: str = "https://us-south.ml.cloud.ibm.com"
    chat_model: str = "ibm/granite-3-8b-instruct"
    project_id: str | None = None


class AwsConfig(BaseModel):
    region: str = "us-east-1"
    profile: str | None = None


class Secrets(BaseSettings):
    """API keys. Only ever read from the environment / mounted secrets."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore")

    openai_api_key: SecretStr | None = None
    cohere_api_key: SecretStr | None = None
    voyage_api_key: SecretStr | None = None
    together_api_key: SecretStr | None = None
    replicate_api_token: SecretStr | None = None
    fireworks_api_key: SecretStr | None = None
    watsonx_apikey: SecretStr | None = None


class Settings(BaseModel):
    env: str = "dev"
    summarizer: SummarizerConfig = Field(default_factory=SummarizerConfig)
    embedding: EmbeddingConfig = Field(default_factory=EmbeddingConfig)
    moderation: ModerationConfig = Field(default_factory=ModerationConfig)
    rerank: RerankConfig = Field(default_factory=RerankConfig)
    fireworks: FireworksConfig = Field(default_factory=FireworksConfig)
    watsonx: WatsonxConfig = Field(default_factory=WatsonxConfig)
    aws: AwsConfig = Field(default_factory=AwsConfig)
    secrets: Secrets = Field(default_factory=Secrets)


def _deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def _env_overrides() -> dict[str, Any]:
    """MLSERVE_SUMMARIZER__MODEL=gpt-4o -> {"summarizer": {"model": "gpt-4o"}}."""
    overrides: dict[str, Any] = {}
    for key, value in os.environ.items():
        if not key.startswith("MLSERVE_") or key == "MLSERVE_ENV":
            continue
        path = key.removeprefix("MLSERVE_").lower().split("__")
        node = overrides
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = value
    return overrides


def load_settings(env: str | None = None) -> Settings:
    env = env or os.environ.get("MLSERVE_ENV", "dev")
    raw: dict[str, Any] = {}
    default_file = CONFIG_DIR / "default.yaml"
    if default_file.exists():
        raw = yaml.safe_load(default_file.read_text()) or {}
    env_file = CONFIG_DIR / f"{env}.yaml"
    if env_file.exists():
        raw = _deep_merge(raw, yaml.safe_load(env_file.read_text()) or {})
    raw = _deep_merge(raw, _env_overrides())
    raw["env"] = env
    return Settings.model_validate(raw)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
