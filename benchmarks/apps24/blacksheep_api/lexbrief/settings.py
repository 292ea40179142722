from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value


@dataclass(frozen=True)
class ProviderKeys:
    openai: str | None = None
    anthropic: str | None = None
    gemini: str | None = None
    voyage: str | None = None
    cohere: str | None = None
    fireworks: str | None = None


@dataclass(frozen=True)
class ModelDefaults:
    review_model: str = "claude-sonnet-4-20250514"
    extraction_model: str = "gpt-4.1-mini"
    summary_model: str = "gemini-2.5-flash"
    embed_model: str = "voyage-law-2"
    rerank_model: str = "rerank-v3.5"
    redline_model: str = "accounts/fireworks/models/llama-v3p1-70b-instruct"
    openai_embed_model: str = "text-embedding-3-small"


@dataclass(frozen=True)
class Settings:
    env: str = "dev"
    database_url: str = "postgresql://lexbrief:lexbrief@localhost:5432/lexbrief"
    keys: ProviderKeys = field(default_factory=ProviderKeys)
    models: ModelDefaults = field(default_factory=ModelDefaults)
    fireworks_base_url: str = "https://api.fireworks.ai/inference/v1"
    anthropic_api_url: str = "https://api.anthropic.com/v1/messages"
    request_timeout: float = 60.0
    max_retries: int = 2
    background_interval_seconds: int = 300
    enable_background_jobs: bool = True
    azure_openai_endpoint: str | None = None

    @property
    def is_production(self) -> bool:
        return self.env == "production"


@lru_cache(maxsize=1)
def load_settings() -> Settings:
    keys = ProviderKeys(
        openai=_env("OPENAI_API_KEY"),
        anthropic=_env("ANTHROPIC_API_KEY"),
        gemini=_env("GEMINI_API_KEY") or _env("GOOGLE_API_KEY"),
        voyage=_env("VOYAGE_API_KEY"),
        cohere=_env("CO_API_KEY") or _env("COHERE_API_KEY"),
        fireworks=_env("FIREWORKS_API_KEY"),
    )
    return Settings(
        env=_env("LEXBRIEF_ENV", "dev") or "dev",
        database_url=_env("DATABASE_URL", Settings.database_url) or Settings.database_url,
        keys=keys,
        request_timeout=float(_env("LLM_TIMEOUT", "60") or 60),
        enable_background_jobs=(_env("LEXBRIEF_BACKGROUND", "1") == "1"),
        azure_openai_endpoint=_env("AZURE_OPENAI_ENDPOINT"),
    )
