"""Settings (from env / .env) and the YAML run-config schema."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Dict, List, Optional

import yaml
from pydantic import BaseModel, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Only used by the v1 judge, which talks to the HTTP API directly.
ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"
ANTHROPIC_API_VERSION = "2023-06-01"

DEFAULT_CACHE_DIR = Path(os.environ.get("EVALH_CACHE_DIR", "~/.cache/evalharness")).expanduser()


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    openai_api_key: Optional[str] = None
    openai_org: Optional[str] = None
    anthropic_api_key: Optional[str] = None
    google_api_key: Optional[str] = None
    google_use_vertex: bool = False
    gcp_project: Optional[str] = None
    gcp_location: str = "us-central1"
    mistral_api_key: Optional[str] = None
    cohere_api_key: Optional[str] = None
    xai_api_key: Optional[str] = None
    perplexity_api_key: Optional[str] = None
    deepseek_api_key: Optional[str] = None

    request_timeout: float = 120.0
    max_retries: int = 3

    results_bucket: str = "research-evals-results"
    results_db: str = "evalruns.sqlite"
    slack_webhook_url: Optional[str] = None


settings = Settings()


class ModelSpec(BaseModel):
    name: str
    adapter: str
    model: str
    params: Dict[str, Any] = Field(default_factory=dict)

    @property
    def temperature(self) -> float:
        return float(self.params.get("temperature", 0.0))

    @property
    def max_tokens(self) -> int:
        return int(self.params.get("max_tokens", 1024))


class SuiteSpec(BaseModel):
    name: str
    path: Optional[str] = None
    limit: Optional[int] = None
    options: Dict[str, Any] = Field(default_factory=dict)
    embedders: List[str] = Field(default_factory=list)


class JudgeSpec(BaseModel):
    model: str = "gpt-4o-2024-08-06"
    temperature: float = 0.0


class RunConfig(BaseModel):
    name: str
    suites: List[SuiteSpec]
    models: List[ModelSpec]
    graders: List[str] = Field(default_factory=lambda: ["exact_match"])
    judge: JudgeSpec = Field(default_factory=JudgeSpec)
    concurrency: int = 4
    seed: int = 1234

    @field_validator("concurrency")
    @classmethod
    def _positive(cls, v: int) -> int:
        if v < 1:
            raise ValueError("concurrency must be >= 1")
        return v

    def model(self, name: str) -> ModelSpec:
        for spec in self.models:
            if spec.name == name:
                return spec
        raise KeyError(name)


def load_run_config(path: "str | Path") -> RunConfig:
    with open(path, "r", encoding="utf-8") as fh:
        raw = yaml.safe_load(fh) or {}
    return RunConfig.model_validate(raw)
